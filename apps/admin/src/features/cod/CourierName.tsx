import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { UserName } from '../users/UserName';

/** A courier by name for those who may read users; finance, who may not, sees only that it is a courier. */
export function CourierName({ id }: { id: string }) {
  const { t } = useTranslation();
  const can = usePermissions();
  const fallback = t('cod.fields.someCourier');
  return can('users:read') ? <UserName id={id} fallback={fallback} /> : <>{fallback}</>;
}
