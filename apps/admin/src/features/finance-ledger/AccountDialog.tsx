import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { accountName } from './AccountSelect';
import type { LedgerAccount } from './ledger.api';
import { useCreateAccount, useUpdateAccount } from './use-ledger-mutations';

interface NameValues {
  code?: string;
  nameZh: string;
  nameEn: string;
}

const FIELDS = ['code', 'nameZh', 'nameEn'] as const;

/** 开设明细科目 (with `parent`) or 改名 (with `account`): the same two names, and a code for a new one. */
export function AccountDialog({
  mode,
  onClose,
  suggestedCode,
}: {
  mode: { kind: 'open'; parent: LedgerAccount } | { kind: 'rename'; account: LedgerAccount } | undefined;
  suggestedCode?: string;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NameValues>();
  const create = useCreateAccount();
  const update = useUpdateAccount();
  const shown = useFormProblem(form, FIELDS);
  if (!mode) return null;
  const target = mode.kind === 'open' ? mode.parent : mode.account;
  const title =
    mode.kind === 'open'
      ? t('financeLedger.accounts.openSubTitle', {
          code: target.code,
          name: accountName(target, i18n.language),
        })
      : t('financeLedger.accounts.renameTitle', { code: target.code });
  const codePattern = new RegExp(`^${target.code}\\d{2}$`);

  const submit = (values: NameValues) => {
    shown.clear();
    const done = {
      onSuccess: () => {
        void message.success(t('financeLedger.accounts.saved'));
        onClose();
      },
      onError: (error: unknown) => shown.report(error),
    };
    if (mode.kind === 'open')
      create.mutate(
        { parentCode: target.code, code: values.code!.trim(), nameZh: values.nameZh, nameEn: values.nameEn },
        done,
      );
    else update.mutate({ account: target, change: { nameZh: values.nameZh, nameEn: values.nameEn } }, done);
  };

  const nameRules = [
    { required: true, whitespace: true, message: t('financeLedger.accounts.nameRequired') },
    { max: 100 },
  ];
  return (
    <Modal
      open
      title={title}
      okText={t('common.save')}
      okButtonProps={{
        loading: create.isPending || update.isPending,
        htmlType: 'submit',
        form: 'ledger-account',
      }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<NameValues>
        form={form}
        name="ledger-account"
        layout="vertical"
        onFinish={submit}
        initialValues={
          mode.kind === 'open'
            ? { code: suggestedCode, nameZh: `${target.nameZh}-`, nameEn: `${target.nameEn} - ` }
            : { nameZh: target.nameZh, nameEn: target.nameEn }
        }
      >
        {mode.kind === 'open' && (
          <Form.Item
            name="code"
            label={t('financeLedger.fields.code')}
            extra={t('financeLedger.accounts.codeHint', { example: suggestedCode })}
            rules={[
              {
                required: true,
                pattern: codePattern,
                message: t('financeLedger.accounts.codeInvalid', { parent: target.code }),
              },
            ]}
          >
            <Input aria-label={t('financeLedger.fields.code')} inputMode="numeric" maxLength={16} />
          </Form.Item>
        )}
        <Form.Item name="nameZh" label={t('financeLedger.fields.nameZh')} rules={nameRules}>
          <Input aria-label={t('financeLedger.fields.nameZh')} maxLength={100} />
        </Form.Item>
        <Form.Item name="nameEn" label={t('financeLedger.fields.nameEn')} rules={nameRules}>
          <Input aria-label={t('financeLedger.fields.nameEn')} maxLength={100} />
        </Form.Item>
      </Form>
      {shown.problem && <ProblemAlert error={shown.problem.error} fieldErrors={shown.problem.unmatched} />}
    </Modal>
  );
}
