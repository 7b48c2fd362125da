import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../shared/money/money';
import type { OperatingReport } from './reports.api';

type Figures = Pick<
  OperatingReport,
  'netSales' | 'orderCount' | 'returnCount' | 'codOutstanding' | 'newMembers'
>;

/** The system's figures of a report or a preview, the same labels in both places. */
export function ReportFigures({ figures, testId }: { figures: Figures; testId?: string }) {
  const { t } = useTranslation();
  const f = (key: keyof Figures) => t(`salesReports.fields.${key}`);
  return (
    <Descriptions column={{ xs: 1, md: 3 }} data-testid={testId}>
      <Descriptions.Item label={f('netSales')}>{formatMoney(figures.netSales)}</Descriptions.Item>
      <Descriptions.Item label={f('orderCount')}>{figures.orderCount}</Descriptions.Item>
      <Descriptions.Item label={f('returnCount')}>{figures.returnCount}</Descriptions.Item>
      <Descriptions.Item label={f('codOutstanding')}>{formatMoney(figures.codOutstanding)}</Descriptions.Item>
      <Descriptions.Item label={f('newMembers')}>{figures.newMembers}</Descriptions.Item>
    </Descriptions>
  );
}
