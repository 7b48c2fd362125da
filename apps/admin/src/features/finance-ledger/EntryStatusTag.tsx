import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JournalEntry } from './ledger.api';

export function EntryStatusTag({ status }: { status: JournalEntry['status'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'posted' ? 'green' : 'default'}>{t(`financeLedger.entryStatuses.${status}`)}</Tag>
  );
}
