import { Card, theme } from 'antd';
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
  const { token } = theme.useToken();
  return (
    <Link to={drillDownHref(drillDown)} data-testid={testId} aria-label={title}>
      <Card hoverable size="small" style={{ height: '100%' }}>
        {/* Laid out as antd's Statistic (title, then the value large), without its code on the first screen. */}
        <div style={{ marginBottom: token.marginXXS, color: token.colorTextDescription }}>{title}</div>
        <div style={{ color: token.colorTextHeading, fontSize: token.fontSizeHeading3 }}>{value}</div>
        {/* Secondary text as antd's Typography shows it, without Typography's code either. */}
        {note ? <span style={{ color: token.colorTextSecondary }}>{note}</span> : null}
      </Card>
    </Link>
  );
}
