import { Progress } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The API calculates a run in one request and reports no progress of its own, so this creeps towards 95%
 * while it works (quickly at first, then slower) and the page swaps it for the results when they come.
 */
export function CalculationProgress() {
  const { t } = useTranslation();
  const [percent, setPercent] = useState(5);
  useEffect(() => {
    const timer = setInterval(
      () => setPercent((p) => Math.min(95, p + Math.max(1, Math.round((95 - p) / 8)))),
      300,
    );
    return () => clearInterval(timer);
  }, []);
  return (
    <div role="status" aria-label={t('financePayroll.run.calculating')}>
      <Progress percent={percent} status="active" />
      {t('financePayroll.run.calculating')}
    </div>
  );
}
