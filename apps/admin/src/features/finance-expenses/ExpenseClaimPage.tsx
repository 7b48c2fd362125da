import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Descriptions, Flex, Row, Spin, Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import { useCurrentUser } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { formatMoney } from '../../shared/money/money';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { OrgUnitName } from '../org-units/OrgUnitName';
import { PersonName } from '../users/PersonName';
import { ClaimActions } from './ClaimActions';
import { ClaimApproval } from './ClaimApproval';
import { ClaimHistory } from './ClaimHistory';
import { ClaimReceipts } from './ClaimReceipts';
import { ClaimStatusTag } from './ClaimStatusTag';
import { policyWarnings, type PolicyWarning } from './claim-form';
import { claimQuery, policyLimitsQuery, type Claim, type ClaimLine } from './expenses.api';
import { LinePolicyNote } from './LinePolicyNote';

function Facts({ claim: c }: { claim: Claim }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : t('common.none'));
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        {
          key: 'claimant',
          label: t('financeExpenses.fields.claimant'),
          children: <PersonName id={c.claimantId} />,
        },
        {
          key: 'unit',
          label: t('financeExpenses.fields.orgUnit'),
          children: <OrgUnitName id={c.orgUnitId} />,
        },
        {
          key: 'grade',
          label: t('financeExpenses.fields.grade'),
          children: t(`financeExpenses.grades.${c.grade as 'staff'}`),
        },
        {
          key: 'total',
          label: t('financeExpenses.fields.total'),
          children: <strong data-testid="claim-total">{formatMoney(c.totalAmount)}</strong>,
        },
        { key: 'submittedAt', label: t('financeExpenses.fields.submittedAt'), children: when(c.submittedAt) },
        { key: 'approvedAt', label: t('financeExpenses.fields.approvedAt'), children: when(c.approvedAt) },
        { key: 'paidAt', label: t('financeExpenses.fields.paidAt'), children: when(c.paidAt) },
        ...(c.paymentReference
          ? [
              {
                key: 'ref',
                label: t('financeExpenses.fields.paymentReference'),
                children: c.paymentReference,
              },
            ]
          : []),
        ...(c.budgetOverrideReason
          ? [
              {
                key: 'override',
                label: t('financeExpenses.fields.budgetOverrideReason'),
                children: c.budgetOverrideReason,
              },
            ]
          : []),
      ]}
    />
  );
}

function Lines({ claim, warnings }: { claim: Claim; warnings: readonly PolicyWarning[] }) {
  const { t } = useTranslation();
  const columns: TableProps<ClaimLine>['columns'] = [
    { key: 'n', title: '#', render: (_, l) => l.lineNo },
    { key: 'date', title: t('financeExpenses.fields.expenseDate'), render: (_, l) => l.expenseDate },
    {
      key: 'category',
      title: t('financeExpenses.fields.category'),
      render: (_, l) => t(`financeExpenses.categories.${l.category}`),
    },
    {
      key: 'description',
      title: t('financeExpenses.fields.description'),
      render: (_, l) => (
        <Flex vertical>
          <span>{l.description}</span>
          <LinePolicyNote warnings={warnings.filter((w) => w.lineIndex === l.lineNo - 1)} />
          {l.justification && <Typography.Text type="secondary">{l.justification}</Typography.Text>}
        </Flex>
      ),
    },
    { key: 'account', title: t('financeExpenses.fields.account'), render: (_, l) => l.accountCode },
    {
      key: 'amount',
      title: t('financeExpenses.fields.amount'),
      align: 'right',
      render: (_, l) => formatMoney(l.amount),
    },
  ];
  return (
    <Table<ClaimLine>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={claim.lines}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="claim-lines"
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={5}>
            <strong>{t('financeExpenses.detail.total')}</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            <strong>{formatMoney(claim.totalAmount)}</strong>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}

/** 报销单 → one claim: its lines against the policy, the receipts, the approval steps taken, and what to do next. */
export function ExpenseClaimPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { claimId = '' } = useParams();
  const claim = useQuery(claimQuery(claimId));
  const limits = useQuery(policyLimitsQuery());

  if (claim.isError) return <QueryProblem error={claim.error} onRetry={() => void claim.refetch()} />;
  if (!claim.data) return <Spin />;
  const c = claim.data;
  const warnings = policyWarnings(c.lines, c.grade as 'staff', limits.data ?? []);
  const editable = c.claimantId === me.id && (c.status === 'draft' || c.status === 'returned');
  return (
    <Flex vertical gap="middle">
      <Link to={PATHS.expenseClaims}>{t('financeExpenses.detail.backToList')}</Link>
      <Flex justify="space-between" align="start" gap="middle" wrap>
        <Flex vertical gap={4}>
          <Typography.Title level={2} style={{ margin: 0 }} data-testid="claim-number">
            {t('financeExpenses.detail.title', { number: c.number })}
          </Typography.Title>
          <Typography.Text>{c.title}</Typography.Text>
          <span data-testid="claim-status">
            <ClaimStatusTag status={c.status} />
          </span>
        </Flex>
        <ClaimActions claim={c} />
      </Flex>
      {c.decisionNote && (c.status === 'returned' || c.status === 'rejected') && (
        <Alert
          type={c.status === 'rejected' ? 'error' : 'warning'}
          showIcon
          message={t('financeExpenses.fields.decisionNote')}
          description={c.decisionNote}
        />
      )}
      {warnings.length > 0 && (
        <Alert
          type={warnings.every((w) => w.justified) ? 'info' : 'warning'}
          showIcon
          message={t('financeExpenses.policy.warningTitle', {
            count: new Set(warnings.map((w) => w.lineIndex)).size,
          })}
        />
      )}
      <Card>
        <Facts claim={c} />
      </Card>
      <Card title={t('financeExpenses.detail.lines', { count: c.lines.length })}>
        <Lines claim={c} warnings={warnings} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('financeExpenses.detail.receipts')}>
            <ClaimReceipts claimId={c.id} canUpload={editable} />
          </Card>
        </Col>
        {c.approvalRequestId && (
          <Col xs={24} lg={12}>
            <Card title={t('financeExpenses.detail.approval')}>
              <ClaimApproval requestId={c.approvalRequestId} />
            </Card>
          </Col>
        )}
        <Col xs={24} lg={12}>
          <Card title={t('financeExpenses.detail.history')}>
            <ClaimHistory claimId={c.id} />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
