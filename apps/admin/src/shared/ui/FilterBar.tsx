import { Button, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A list's filters in one row, with "clear filters" once any is set. */
export function FilterBar({
  filtered,
  onClear,
  children,
}: {
  filtered: boolean;
  onClear(): void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Flex gap="small" wrap role="search">
      {children}
      {filtered && (
        <Button type="link" onClick={onClear}>
          {t('common.clearFilters')}
        </Button>
      )}
    </Flex>
  );
}
