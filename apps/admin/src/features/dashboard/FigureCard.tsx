import { Card, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { drillDownHref, type DrillDown } from './dashboard.api';

/** One figure, the whole card a link to the list behind it. */
export function FigureCard({
  title,
  value,
  note,
  drillDown,
  testId,
}: {
  title: string;
  value: ReactNode;
  note?: ReactNode;
  drillDown: DrillDown;
  testId: string;
}) {
  return (
    <Link to={drillDownHref(drillDown)} data-testid={testId} aria-label={title}>
      <Card hoverable size="small" style={{ height: '100%' }}>
        <Statistic title={title} valueRender={() => value} />
        {note ? <Typography.Text type="secondary">{note}</Typography.Text> : null}
      </Card>
    </Link>
  );
}
