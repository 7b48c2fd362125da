import { Button, Empty } from 'antd';
import { useTranslation } from 'react-i18next';

interface OrgUnitsEmptyProps {
  filtered: boolean;
  onClearFilters(): void;
  onCreate(): void;
}

/** No rows: say why, and offer the way out (drop the filters, or add the first unit). */
export function OrgUnitsEmpty({ filtered, onClearFilters, onCreate }: OrgUnitsEmptyProps) {
  const { t } = useTranslation();
  return (
    <Empty description={filtered ? t('orgUnits.empty.filtered') : t('orgUnits.empty.none')}>
      {filtered ? (
        <Button onClick={onClearFilters}>{t('orgUnits.filters.clear')}</Button>
      ) : (
        <Button type="primary" onClick={onCreate}>
          {t('orgUnits.create')}
        </Button>
      )}
    </Empty>
  );
}
