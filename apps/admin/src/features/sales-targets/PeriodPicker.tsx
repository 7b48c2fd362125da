import { DatePicker, Flex, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import '../../shared/format/dayjs-locales';
import {
  PERIOD_KINDS,
  periodKind,
  periodOf,
  periodStart,
  switchKind,
  type PeriodKind,
} from './target-period';

/** Month, quarter or year, then which one; the key (2026-11, 2026-Q4, 2026) is what the API takes. */
export function PeriodPicker({ period, onChange }: { period: string; onChange(period: string): void }) {
  const { t } = useTranslation();
  const kind = periodKind(period);
  return (
    <Flex gap="small" wrap>
      <Segmented<PeriodKind>
        aria-label={t('salesTargets.targets.periodKind')}
        value={kind}
        onChange={(next) => onChange(switchKind(period, next))}
        options={PERIOD_KINDS.map((value) => ({ value, label: t(`salesTargets.periodKinds.${value}`) }))}
      />
      <DatePicker
        picker={kind}
        aria-label={t('salesTargets.targets.period')}
        allowClear={false}
        value={periodStart(period)}
        format={() => period}
        onChange={(day) => day && onChange(periodOf(kind, day))}
      />
    </Flex>
  );
}
