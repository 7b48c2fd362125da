import { useQuery } from '@tanstack/react-query';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { contractPath } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { contractByNumberQuery } from './franchise.api';

/**
 * The partner's contract: a link to finance's record when the reader may open contracts and finance has one
 * with this number; otherwise the number alone (sales managers hold no contracts:read).
 */
export function FranchiseContract({ contractNumber }: { contractNumber: string | null }) {
  const { t } = useTranslation();
  const can = usePermissions();
  const mayOpen = can('contracts:read');
  const contract = useQuery({
    ...contractByNumberQuery(contractNumber ?? ''),
    enabled: mayOpen && !!contractNumber,
  });
  if (!contractNumber)
    return <Typography.Text type="secondary">{t('salesFranchise.noContract')}</Typography.Text>;
  if (contract.data)
    return (
      <Link to={contractPath(contract.data.id)} data-testid="franchise-contract-link">
        {contractNumber}
      </Link>
    );
  return (
    <span>
      {contractNumber}
      {mayOpen && contract.isSuccess && (
        <Typography.Text type="secondary"> · {t('salesFranchise.contractNotInFinance')}</Typography.Text>
      )}
    </span>
  );
}
