import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import '../../shared/format/dayjs-locales';

/** The business day (China time, as the API keeps it) being reconciled; it lives in the URL. */
export function ReconciliationDayPicker({ day, onChange }: { day: string; onChange(day: string): void }) {
  const { t } = useTranslation();
  return (
    <DatePicker
      aria-label={t('financeSettlement.day.label')}
      placeholder={t('financeSettlement.day.pick')}
      allowClear={false}
      value={dayjs(day)}
      onChange={(value) => value && onChange(value.format('YYYY-MM-DD'))}
    />
  );
}
