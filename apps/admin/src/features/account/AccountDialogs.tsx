import { Drawer, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from './ChangePasswordForm';
import { ProfileForm } from './ProfileForm';

export type AccountDialog = 'profile' | 'password';

interface AccountDialogsProps {
  open: AccountDialog | undefined;
  onClose(): void;
}

/** The user's own profile (a drawer) and password change (a dialog); Esc closes either. */
export function AccountDialogs({ open, onClose }: AccountDialogsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Drawer
        open={open === 'profile'}
        onClose={onClose}
        destroyOnHidden
        size={480}
        title={t('account.profile')}
      >
        <ProfileForm onDone={onClose} />
      </Drawer>
      <Modal
        open={open === 'password'}
        onCancel={onClose}
        destroyOnHidden
        footer={null}
        title={t('account.changePassword')}
      >
        <ChangePasswordForm onCancel={onClose} />
      </Modal>
    </>
  );
}
