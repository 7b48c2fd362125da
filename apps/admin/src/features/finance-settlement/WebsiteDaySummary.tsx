import { Alert, App, Button, Card, Col, Flex, Popconfirm, Row, Statistic, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/problem';
import { formatDateTime } from '../../shared/format/date-time';
import { formatMoney } from '../../shared/money/money';
import { Difference } from '../cod/Difference';
import type { ReconciliationDay } from './reconciliation.api';
import { settlementProblemMessage } from './settlement-problems';
import { useCloseWebsiteDay } from './use-settlement-mutations';

/**
 * The day's totals on both sides, and 日结. Closing is refused while lines are neither matched nor explained:
 * the refusal says how many, and `onOpenItems` shows them.
 */
export function WebsiteDaySummary({
  summary,
  mayClose,
  onOpenItems,
}: {
  summary: ReconciliationDay;
  mayClose: boolean;
  onOpenItems(): void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const close = useCloseWebsiteDay(summary.day);
  const [refusal, setRefusal] = useState<string>();
  const s = summary;

  const closeDay = () => {
    setRefusal(undefined);
    close.mutate(undefined, {
      onSuccess: () => void message.success(t('financeSettlement.website.closeDone', { day: s.day })),
      onError: (error) => {
        if (error instanceof ApiProblem && error.code === 'RECONCILIATION_DAY_HAS_OPEN_ITEMS') {
          setRefusal(t('financeSettlement.website.closeRefused', { count: s.unexplained }));
          onOpenItems();
        } else setRefusal(settlementProblemMessage(t, error));
      },
    });
  };

  const stat = (key: string, title: string, value: string | number) => (
    <Col xs={12} md={8} xl={4} key={key}>
      <Statistic title={title} value={value} />
    </Col>
  );
  return (
    <Card
      data-testid="website-day-summary"
      title={
        <Flex gap="small" align="center">
          {s.day}
          {s.closed ? (
            <Tag color="green">
              {t('financeSettlement.website.closed')}
              {s.closedAt &&
                ` · ${t('financeSettlement.website.closedAt', { time: formatDateTime(s.closedAt, i18n.language) })}`}
            </Tag>
          ) : (
            <Tag>{t('financeSettlement.website.open')}</Tag>
          )}
        </Flex>
      }
      extra={
        !s.closed &&
        mayClose && (
          <Popconfirm
            title={t('financeSettlement.website.closeConfirm')}
            okText={t('financeSettlement.website.close')}
            cancelText={t('common.cancel')}
            onConfirm={closeDay}
          >
            <Button type="primary" loading={close.isPending}>
              {t('financeSettlement.website.close')}
            </Button>
          </Popconfirm>
        )
      }
    >
      <Flex vertical gap="middle">
        <Row gutter={[16, 16]}>
          {stat('lines', t('financeSettlement.website.lines'), s.lines)}
          {stat('amount', t('financeSettlement.website.statementAmount'), formatMoney(s.statementAmount))}
          {stat('fees', t('financeSettlement.website.fees'), formatMoney(s.fees))}
          {stat('matched', t('financeSettlement.website.matched'), s.matched)}
          {stat('differences', t('financeSettlement.website.amountDifferences'), s.amountDifferences)}
          <Col xs={12} md={8} xl={4}>
            <Statistic
              title={t('financeSettlement.website.amountDifferenceTotal')}
              valueRender={() => <Difference amount={s.amountDifferenceTotal} />}
            />
          </Col>
          {stat('unmatched', t('financeSettlement.website.unmatched'), s.unmatched)}
          {stat('unsettled', t('financeSettlement.website.unsettledPayments'), s.unsettledPayments)}
          <Col xs={12} md={8} xl={4}>
            <Statistic
              title={t('financeSettlement.website.unexplained')}
              value={s.unexplained}
              styles={{ content: { color: s.unexplained > 0 ? '#cf1322' : undefined } }}
            />
          </Col>
        </Row>
        {refusal && (
          <Alert
            type="error"
            showIcon
            closable
            role="alert"
            data-testid="close-day-refusal"
            title={refusal}
            onClose={() => setRefusal(undefined)}
          />
        )}
      </Flex>
    </Card>
  );
}
