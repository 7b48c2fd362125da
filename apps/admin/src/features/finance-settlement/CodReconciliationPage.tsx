import { useQuery } from '@tanstack/react-query';
import { Card, Col, Flex, Row, Spin, Statistic, Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { codRemittancePath } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { formatMoney } from '../../shared/money/money';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { chinaToday } from '../cod/cod.api';
import { Difference } from '../cod/Difference';
import { OrgUnitName } from '../org-units/OrgUnitName';
import { CsvImport } from './CsvImport';
import { codDayQuery, type CodDay } from './reconciliation.api';
import { ReconciliationDayPicker } from './ReconciliationDayPicker';
import { reconciliationDaySpec } from './settlement-list-state';
import { useUploadBankDeposits } from './use-settlement-mutations';

type UnmatchedRemittance = CodDay['unmatchedRemittances'][number];
type UnmatchedDeposit = CodDay['unmatchedDeposits'][number];

/** 每日回笼: a day's confirmed COD remittances against the bank's deposits, and what is on one side only. */
export function CodReconciliationPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const [state, setState] = useUrlState(reconciliationDaySpec);
  const day = state.day ?? chinaToday();
  const summary = useQuery(codDayQuery(day));
  const deposits = useUploadBankDeposits();

  const remittanceColumns: TableProps<UnmatchedRemittance>['columns'] = [
    {
      key: 'number',
      title: t('financeSettlement.cod.remittance'),
      render: (_, r) => <Link to={codRemittancePath(r.remittanceId)}>{r.number}</Link>,
    },
    {
      key: 'city',
      title: t('financeSettlement.cod.city'),
      render: (_, r) => <OrgUnitName id={r.orgUnitId} />,
    },
    {
      key: 'amount',
      title: t('financeSettlement.cod.amount'),
      align: 'right',
      render: (_, r) => formatMoney(r.amount),
    },
  ];
  const depositColumns: TableProps<UnmatchedDeposit>['columns'] = [
    { key: 'reference', title: t('financeSettlement.cod.reference'), render: (_, d) => d.reference },
    {
      key: 'description',
      title: t('financeSettlement.cod.description'),
      render: (_, d) => d.description ?? t('common.none'),
    },
    {
      key: 'amount',
      title: t('financeSettlement.cod.amount'),
      align: 'right',
      render: (_, d) => formatMoney(d.amount),
    },
  ];

  const d = summary.data;
  return (
    <Flex vertical gap="middle">
      <PageHeader title={t('financeSettlement.cod.title')} subtitle={t('financeSettlement.cod.subtitle')} />
      <Flex gap="middle" align="start" wrap>
        <ReconciliationDayPicker day={day} onChange={(next) => setState({ day: next })} />
        {can('reconciliation:write') && (
          <CsvImport
            label={t('financeSettlement.cod.upload')}
            hint={t('financeSettlement.cod.uploadHint')}
            refusedTitle={t('financeSettlement.cod.uploadRefused')}
            testId="bank-deposits-import"
            upload={(file, options) => deposits.mutateAsync({ file, options })}
            describe={(report) => t('financeSettlement.cod.uploaded', report)}
          />
        )}
      </Flex>
      {summary.isError ? (
        <QueryProblem error={summary.error} onRetry={() => void summary.refetch()} />
      ) : !d ? (
        <Spin />
      ) : (
        <>
          <Card data-testid="cod-day-summary">
            <Row gutter={[16, 16]}>
              <Col xs={12} md={6}>
                <Statistic
                  title={t('financeSettlement.cod.remitted')}
                  value={formatMoney(d.remittedAmount)}
                />
              </Col>
              <Col xs={12} md={6}>
                <Statistic
                  title={t('financeSettlement.cod.deposited')}
                  value={formatMoney(d.depositedAmount)}
                />
              </Col>
              <Col xs={12} md={6}>
                <Statistic
                  title={t('financeSettlement.cod.difference')}
                  valueRender={() => <Difference amount={d.depositedAmount - d.remittedAmount} />}
                />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title={t('financeSettlement.cod.matched')} value={d.matched} />
              </Col>
            </Row>
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card title={t('financeSettlement.cod.unmatchedRemittances')}>
                <Table<UnmatchedRemittance>
                  rowKey="remittanceId"
                  size="small"
                  columns={remittanceColumns}
                  dataSource={d.unmatchedRemittances}
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                  locale={{ emptyText: t('financeSettlement.cod.noRemittances') }}
                  data-testid="cod-unmatched-remittances"
                />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title={t('financeSettlement.cod.unmatchedDeposits')}>
                <Table<UnmatchedDeposit>
                  rowKey="id"
                  size="small"
                  columns={depositColumns}
                  dataSource={d.unmatchedDeposits}
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                  locale={{ emptyText: t('financeSettlement.cod.noDeposits') }}
                  data-testid="cod-unmatched-deposits"
                />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </Flex>
  );
}
