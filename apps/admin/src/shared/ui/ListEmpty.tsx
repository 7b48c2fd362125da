import { Button, Empty } from 'antd';
import { useTranslation } from 'react-i18next';

export interface ListEmptyProps {
  noneText: string;
  /** Set while filters are applied: what to say instead, and how to drop them. */
  filtered?: { text: string; onClear(): void };
  /** Offered when the list is empty without filters, if the user may add the first row. */
  create?: { label: string; onClick(): void };
}

/** No rows: say why, and offer the way out (drop the filters, or add the first one). */
export function ListEmpty({ noneText, filtered, create }: ListEmptyProps) {
  const { t } = useTranslation();
  return (
    <Empty description={filtered ? filtered.text : noneText}>
      {filtered ? (
        <Button onClick={filtered.onClear}>{t('common.clearFilters')}</Button>
      ) : (
        create && (
          <Button type="primary" onClick={create.onClick}>
            {create.label}
          </Button>
        )
      )}
    </Empty>
  );
}
