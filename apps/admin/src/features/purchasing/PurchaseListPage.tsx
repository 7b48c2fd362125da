import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  InputNumber,
  Modal,
  Spin,
  Table,
  Tag,
  Tooltip,
  Typography,
  type DescriptionsProps,
  type TableProps,
} from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { FormActions } from '../../shared/forms/FormActions';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { formatMoney } from '../../shared/money/money';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { problemMessage } from '../../shared/ui/problem-text';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { WarehouseSelect } from '../inventory/WarehouseSelect';
import { OrgUnitName } from '../org-units/OrgUnitName';
import { PurchaseOrderLink } from './PurchaseOrderLink';
import { purchaseListQuery, type PurchaseList, type PurchaseListLine } from './sourcing.api';
import { changedQuantities } from './sourcing-forms';
import { useApprovePurchaseList, useUpdatePurchaseListQuantities } from './use-sourcing-mutations';

const skuLabel = (line: Pick<PurchaseListLine, 'skuCode' | 'skuName' | 'skuId'>) =>
  line.skuName ? `${line.skuCode} · ${line.skuName}` : (line.skuCode ?? `…${line.skuId.slice(-8)}`);

interface LinesTableProps {
  list: PurchaseList;
  editable: boolean;
  edited: Record<string, number | null>;
  onEdit(skuId: string, quantity: number | null): void;
}

/** Every number behind each suggestion, left to right as the formula reads, and the quantity to buy. */
export function PurchaseListLinesTable({ list, editable, edited, onEdit }: LinesTableProps) {
  const { t } = useTranslation();
  const number = (render: (line: PurchaseListLine) => ReactNode) => ({
    align: 'right' as const,
    render: (_: unknown, line: PurchaseListLine) => render(line),
  });
  const days = (count: number) => t('purchasing.purchaseLists.days', { count });
  const columns: TableProps<PurchaseListLine>['columns'] = [
    {
      key: 'sku',
      title: t('purchasing.purchaseLists.sku'),
      fixed: 'left',
      render: (_, l) => (
        <Flex vertical gap={0}>
          <span>{skuLabel(l)}</span>
          {l.belowReorderPoint && (
            <Tag color="orange" style={{ width: 'fit-content' }}>
              {t('purchasing.purchaseLists.belowReorderPoint')}
            </Tag>
          )}
        </Flex>
      ),
    },
    { key: 'shipped', title: t('purchasing.purchaseLists.shipped'), ...number((l) => l.shippedQuantity) },
    { key: 'velocity', title: t('purchasing.purchaseLists.velocity'), ...number((l) => l.velocityPerDay) },
    {
      key: 'leadTime',
      title: t('purchasing.purchaseLists.leadTime'),
      ...number((l) => days(l.leadTimeDays)),
    },
    {
      key: 'coverage',
      title: t('purchasing.purchaseLists.coverage'),
      ...number((l) => days(l.coverageDays)),
    },
    {
      key: 'expectedDemand',
      title: t('purchasing.purchaseLists.expectedDemand'),
      ...number((l) => l.expectedDemand),
    },
    { key: 'safetyStock', title: t('purchasing.purchaseLists.safetyStock'), ...number((l) => l.safetyStock) },
    { key: 'reserved', title: t('purchasing.purchaseLists.reserved'), ...number((l) => l.reserved) },
    { key: 'onHand', title: t('purchasing.purchaseLists.onHand'), ...number((l) => l.onHand) },
    { key: 'inTransit', title: t('purchasing.purchaseLists.inTransit'), ...number((l) => l.inTransit) },
    {
      key: 'suggested',
      title: t('purchasing.purchaseLists.suggested'),
      ...number((l) => <Typography.Text strong>{l.suggestedQuantity}</Typography.Text>),
    },
    {
      key: 'quantity',
      title: t('purchasing.purchaseLists.quantity'),
      align: 'right',
      render: (_, l) => {
        const value = edited[l.skuId] !== undefined ? edited[l.skuId] : l.quantity;
        const changed = value !== null && value !== l.quantity;
        if (!editable)
          return (
            <span>
              {l.quantity}
              {l.quantity !== l.suggestedQuantity && (
                <Tag style={{ marginInlineStart: 4 }}>{t('purchasing.purchaseLists.edited')}</Tag>
              )}
            </span>
          );
        return (
          <InputNumber
            aria-label={t('purchasing.purchaseLists.quantityOf', { sku: l.skuCode ?? l.skuId })}
            min={0}
            max={10_000_000}
            precision={0}
            value={value}
            status={changed ? 'warning' : undefined}
            onChange={(next) => onEdit(l.skuId, next)}
            style={{ width: 110 }}
          />
        );
      },
    },
    {
      key: 'unitPrice',
      title: t('purchasing.purchaseLists.unitPrice'),
      ...number((l) => (l.unitPrice === null ? t('common.none') : formatMoney(l.unitPrice))),
    },
  ];
  return (
    <Table<PurchaseListLine>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={list.lines}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('purchasing.purchaseLists.noLines') }}
      data-testid="purchase-list-lines"
    />
  );
}

function ApproveModal({ list, open, onClose }: { list: PurchaseList; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ warehouseId?: string }>();
  const approve = useApprovePurchaseList();
  const problem = useFormProblem(form, ['warehouseId']);
  const submit = ({ warehouseId }: { warehouseId?: string }) => {
    problem.clear();
    approve.mutate(
      { list, warehouseId: warehouseId! },
      {
        onSuccess: () => {
          void message.success(t('purchasing.purchaseLists.approved'));
          onClose();
        },
        onError: problem.report,
      },
    );
  };
  return (
    <Modal
      open={open}
      title={t('purchasing.purchaseLists.approveTitle', { number: list.number })}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} name="approve-purchase-list" layout="vertical" onFinish={submit}>
        <Typography.Paragraph type="secondary">
          {t('purchasing.purchaseLists.approveHint')}
        </Typography.Paragraph>
        <Form.Item
          name="warehouseId"
          label={t('purchasing.purchaseLists.warehouse')}
          rules={[{ required: true, message: t('purchasing.purchaseLists.warehouseRequired') }]}
        >
          <WarehouseSelect activeOnly placeholder={t('purchasing.purchaseLists.warehouse')} />
        </Form.Item>
        {problem.problem && (
          <div style={{ marginBottom: 16 }}>
            <ProblemAlert error={problem.problem.error} fieldErrors={problem.problem.unmatched} />
          </div>
        )}
        <FormActions
          submitting={approve.isPending}
          onCancel={onClose}
          submitLabel={t('purchasing.purchaseLists.approve')}
        />
      </Form>
    </Modal>
  );
}

function ListFacts({ list }: { list: PurchaseList }) {
  const { t, i18n } = useTranslation();
  const items: DescriptionsProps['items'] = [
    {
      key: 'region',
      label: t('purchasing.purchaseLists.region'),
      children: list.regionId ? (
        <OrgUnitName id={list.regionId} />
      ) : (
        t('purchasing.purchaseLists.wholeCompany')
      ),
    },
    {
      key: 'window',
      label: t('purchasing.purchaseLists.windowDays'),
      children: t('purchasing.purchaseLists.days', { count: list.windowDays }),
    },
    {
      key: 'review',
      label: t('purchasing.purchaseLists.reviewDays'),
      children: t('purchasing.purchaseLists.days', { count: list.reviewDays }),
    },
    { key: 'linesToBuy', label: t('purchasing.purchaseLists.linesToBuy'), children: list.linesToBuy },
    {
      key: 'totalQuantity',
      label: t('purchasing.purchaseLists.totalQuantity'),
      children: <span data-testid="purchase-list-total-quantity">{list.totalQuantity}</span>,
    },
    {
      key: 'estimatedAmount',
      label: t('purchasing.purchaseLists.estimatedAmount'),
      children: formatMoney(list.estimatedAmount),
    },
    {
      key: 'createdAt',
      label: t('purchasing.purchaseLists.createdAt'),
      children: formatDateTime(list.createdAt, i18n.language),
    },
    ...(list.approvedAt
      ? [
          {
            key: 'approvedAt',
            label: t('purchasing.purchaseLists.approvedAt'),
            children: formatDateTime(list.approvedAt, i18n.language),
          },
        ]
      : []),
  ];
  return <Descriptions items={items} column={{ xs: 1, md: 2, xl: 4 }} size="small" />;
}

/** 采购 → one purchase list: the numbers behind each suggestion, quantities to edit, approval into POs. */
export function PurchaseListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const { listId = '' } = useParams();
  const list = useQuery(purchaseListQuery(listId));
  const update = useUpdatePurchaseListQuantities();
  const [edited, setEdited] = useState<Record<string, number | null>>({});
  const [approving, setApproving] = useState(false);

  if (list.isError) return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  if (!list.data) return <Spin />;
  const pl = list.data;
  const editable = pl.status === 'draft' && can('purchase-lists:write');
  const changes = changedQuantities(pl, edited);
  const save = () =>
    update.mutate(
      { list: pl, lines: changes },
      {
        onSuccess: () => {
          setEdited({});
          void message.success(t('purchasing.purchaseLists.saved'));
        },
        onError: (error) => void message.error(problemMessage(t, error)),
      },
    );
  return (
    <Flex vertical gap="middle">
      <Link to={PATHS.purchaseLists}>{t('purchasing.purchaseLists.backToList')}</Link>
      <Flex justify="space-between" align="start" gap="middle" wrap>
        <Flex vertical gap={4}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('purchasing.purchaseLists.detailTitle', { number: pl.number })}
          </Typography.Title>
          <span data-testid="purchase-list-status">
            <Tag color={pl.status === 'approved' ? 'green' : 'default'}>
              {t(`purchasing.purchaseListStatuses.${pl.status}`)}
            </Tag>
          </span>
        </Flex>
        {editable && (
          <Tooltip title={changes.length > 0 ? t('purchasing.purchaseLists.saveFirst') : undefined}>
            <Button type="primary" disabled={changes.length > 0} onClick={() => setApproving(true)}>
              {t('purchasing.purchaseLists.approve')}
            </Button>
          </Tooltip>
        )}
      </Flex>
      <Card>
        <ListFacts list={pl} />
      </Card>
      {pl.status === 'approved' && (
        <Card title={t('purchasing.purchaseLists.purchaseOrders')} data-testid="purchase-list-orders">
          {pl.purchaseOrderIds.length === 0 ? (
            <Typography.Text type="secondary">
              {t('purchasing.purchaseLists.noPurchaseOrders')}
            </Typography.Text>
          ) : (
            <Flex gap="small" wrap>
              {pl.purchaseOrderIds.map((id) => (
                <PurchaseOrderLink key={id} id={id} />
              ))}
            </Flex>
          )}
        </Card>
      )}
      <Card
        title={t('purchasing.purchaseLists.lines')}
        extra={
          editable &&
          changes.length > 0 && (
            <Flex gap="small" align="center">
              <Typography.Text type="warning">
                {t('purchasing.purchaseLists.unsaved', { count: changes.length })}
              </Typography.Text>
              <Button onClick={() => setEdited({})}>{t('purchasing.purchaseLists.resetQuantities')}</Button>
              <Button type="primary" loading={update.isPending} onClick={save}>
                {t('purchasing.purchaseLists.saveQuantities')}
              </Button>
            </Flex>
          )
        }
      >
        <Flex vertical gap="small">
          <Alert type="info" showIcon title={t('purchasing.purchaseLists.generateHint')} />
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (changes.length > 0 && !update.isPending) save();
            }}
          >
            <PurchaseListLinesTable
              list={pl}
              editable={editable}
              edited={edited}
              onEdit={(skuId, quantity) => setEdited((current) => ({ ...current, [skuId]: quantity }))}
            />
            <button type="submit" hidden aria-hidden />
          </form>
        </Flex>
      </Card>
      {editable && <ApproveModal list={pl} open={approving} onClose={() => setApproving(false)} />}
    </Flex>
  );
}
