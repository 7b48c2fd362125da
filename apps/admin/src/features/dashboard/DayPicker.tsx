import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import '../../shared/format/dayjs-locales';

export interface DayPickerProps {
  label: string;
  /** YYYY-MM-DD, or none for "today" (the API's default). */
  value: string | undefined;
  onChange(day: string | undefined): void;
}

/** The dashboards' day: antd's DatePicker with dayjs, loaded after the figures (DateFilter.tsx). */
export default function DayPicker({ label, value, onChange }: DayPickerProps) {
  return (
    <DatePicker
      aria-label={label}
      allowClear
      value={value ? dayjs(value) : null}
      onChange={(day) => onChange(day?.format('YYYY-MM-DD'))}
    />
  );
}
