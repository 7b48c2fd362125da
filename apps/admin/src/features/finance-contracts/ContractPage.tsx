import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Descriptions, Flex, Row, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { formatMoney } from '../../shared/money/money';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { OrgUnitName } from '../org-units/OrgUnitName';
import { PersonName } from '../users/PersonName';
import { ContractActions } from './ContractActions';
import { ContractFiles } from './ContractFiles';
import { ContractHistory } from './ContractHistory';
import { ContractStatusTag } from './ContractStatusTag';
import { daysUntil } from './contract-dates';
import { contractQuery, type Contract } from './contracts.api';

function Facts({ contract: c }: { contract: Contract }) {
  const { t, i18n } = useTranslation();
  const none = t('common.none');
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        {
          key: 'kind',
          label: t('financeContracts.fields.kind'),
          children: t(`financeContracts.kinds.${c.kind}`),
        },
        {
          key: 'counterparty',
          label: t('financeContracts.fields.counterpartyName'),
          children: c.counterpartyName,
        },
        {
          key: 'unit',
          label: t('financeContracts.fields.orgUnit'),
          children: <OrgUnitName id={c.orgUnitId} />,
        },
        {
          key: 'amount',
          label: t('financeContracts.fields.amount'),
          children: <strong data-testid="contract-amount">{formatMoney(c.amount)}</strong>,
        },
        { key: 'signedOn', label: t('financeContracts.fields.signedOn'), children: c.signedOn ?? none },
        { key: 'startsOn', label: t('financeContracts.fields.startsOn'), children: c.startsOn },
        { key: 'endsOn', label: t('financeContracts.fields.endsOn'), children: c.endsOn },
        { key: 'owner', label: t('financeContracts.fields.owner'), children: <PersonName id={c.ownerId} /> },
        {
          key: 'createdAt',
          label: t('financeContracts.fields.createdAt'),
          children: formatDateTime(c.createdAt, i18n.language),
        },
        ...(c.terminatedOn
          ? [
              {
                key: 'terminatedOn',
                label: t('financeContracts.fields.terminatedOn'),
                children: c.terminatedOn,
              },
            ]
          : []),
        ...(c.note ? [{ key: 'note', label: t('financeContracts.fields.note'), children: c.note }] : []),
      ]}
    />
  );
}

/** 合同 → one contract: its facts, what to do next, its files and its history. */
export function ContractPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const { contractId = '' } = useParams();
  const contract = useQuery(contractQuery(contractId));

  if (contract.isError)
    return <QueryProblem error={contract.error} onRetry={() => void contract.refetch()} />;
  if (!contract.data) return <Spin />;
  const c = contract.data;
  const left = daysUntil(c.endsOn);
  return (
    <Flex vertical gap="middle">
      <Link to={PATHS.contracts}>{t('financeContracts.detail.backToList')}</Link>
      <Flex justify="space-between" align="start" gap="middle" wrap>
        <Flex vertical gap={4}>
          <Typography.Title level={2} style={{ margin: 0 }} data-testid="contract-number">
            {t('financeContracts.detail.title', { number: c.number })}
          </Typography.Title>
          <Typography.Text>{c.title}</Typography.Text>
          <span data-testid="contract-status">
            <ContractStatusTag status={c.status} />
          </span>
        </Flex>
        <ContractActions contract={c} />
      </Flex>
      {c.status === 'pending_approval' && (
        <Alert type="info" showIcon message={t('financeContracts.detail.approvalPending')} />
      )}
      {c.status === 'active' && left >= 0 && left <= 30 && (
        <Alert
          type="warning"
          showIcon
          data-testid="contract-expiring"
          message={t('financeContracts.detail.expiringSoon', { date: c.endsOn, count: left })}
        />
      )}
      {c.decisionNote && (c.status === 'draft' || c.status === 'terminated') && (
        <Alert
          type={c.status === 'terminated' ? 'error' : 'warning'}
          showIcon
          message={t('financeContracts.fields.decisionNote')}
          description={c.decisionNote}
        />
      )}
      <Card>
        <Facts contract={c} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('financeContracts.detail.files')}>
            <ContractFiles
              contractId={c.id}
              canUpload={can('contracts:write') && c.status !== 'terminated' && c.status !== 'expired'}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('financeContracts.detail.history')}>
            <ContractHistory contractId={c.id} />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
