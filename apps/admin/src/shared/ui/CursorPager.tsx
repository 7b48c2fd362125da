import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export const PAGE_SIZES = [20, 50, 100, 200] as const;

/** The usual sizes, plus the current one when a link asked for another (e.g. ?limit=5). */
function pageSizeChoices(current: number): number[] {
  const sizes: number[] = [...PAGE_SIZES];
  return sizes.includes(current) ? sizes : [...sizes, current].sort((a, b) => a - b);
}

interface CursorPagerProps {
  page: number;
  total: number | undefined;
  hasPrevious: boolean;
  nextCursor: string | null | undefined;
  pageSize: number;
  disabled?: boolean;
  onPrevious(): void;
  onNext(cursor: string): void;
  onPageSizeChange(size: number): void;
}

/** Previous/next for keyset pagination (there are no page numbers to jump to), and the page size. */
export function CursorPager(props: CursorPagerProps) {
  const { t } = useTranslation();
  const { nextCursor } = props;
  return (
    <Flex justify="flex-end" align="center" gap="small" wrap>
      <Typography.Text type="secondary">
        {t('pager.page', { page: props.page })}
        {props.total !== undefined && ` · ${t('pager.total', { total: props.total })}`}
      </Typography.Text>
      <Button
        icon={<LeftOutlined />}
        disabled={props.disabled || !props.hasPrevious}
        onClick={props.onPrevious}
      >
        {t('pager.previous')}
      </Button>
      <Button
        icon={<RightOutlined />}
        iconPlacement="end"
        disabled={props.disabled || !nextCursor}
        onClick={() => nextCursor && props.onNext(nextCursor)}
      >
        {t('pager.next')}
      </Button>
      <Select
        aria-label={t('pager.pageSize')}
        value={props.pageSize}
        onChange={props.onPageSizeChange}
        options={pageSizeChoices(props.pageSize).map((size) => ({
          value: size,
          label: t('pager.perPage', { size }),
        }))}
        style={{ width: 120 }}
      />
    </Flex>
  );
}
