import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex, Form, InputNumber, Modal, Select, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { purchaseListPath } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { FormActions } from '../../shared/forms/FormActions';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { formatMoney } from '../../shared/money/money';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CreateButton } from '../../shared/ui/CreateButton';
import { CursorTable } from '../../shared/ui/CursorTable';
import { FilterBar } from '../../shared/ui/FilterBar';
import { PageHeader } from '../../shared/ui/PageHeader';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { intParam, optionalEnumParam, type UrlStateSpec } from '../../shared/url-state/url-state';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { OrgUnitName } from '../org-units/OrgUnitName';
import { OrgUnitTreeSelect } from '../org-units/OrgUnitTreeSelect';
import { purchaseListListQuery, type PurchaseListSummary } from './sourcing.api';
import { useGeneratePurchaseList } from './use-sourcing-mutations';

const LIST_STATUSES = ['draft', 'approved'] as const;

interface ListState {
  status: (typeof LIST_STATUSES)[number] | undefined;
  limit: number;
}

const listSpec: UrlStateSpec<ListState> = {
  status: optionalEnumParam(LIST_STATUSES),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

interface GenerateValues {
  regionId?: string;
  windowDays?: number;
  reviewDays?: number;
}

function GenerateModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<GenerateValues>();
  const generate = useGeneratePurchaseList();
  const problem = useFormProblem(form, ['regionId', 'windowDays', 'reviewDays']);
  const submit = (values: GenerateValues) => {
    problem.clear();
    generate.mutate(
      {
        regionId: values.regionId,
        windowDays: values.windowDays!,
        reviewDays: values.reviewDays ?? 7,
        defaultLeadTimeDays: 7,
      },
      { onSuccess: (list) => void navigate(purchaseListPath(list.id)), onError: problem.report },
    );
  };
  return (
    <Modal
      open={open}
      title={t('purchasing.purchaseLists.generateTitle')}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<GenerateValues>
        form={form}
        name="generate-purchase-list"
        layout="vertical"
        initialValues={{ windowDays: 30, reviewDays: 7 }}
        onFinish={submit}
      >
        <Typography.Paragraph type="secondary">
          {t('purchasing.purchaseLists.generateHint')}
        </Typography.Paragraph>
        <Form.Item name="regionId" label={t('purchasing.purchaseLists.region')}>
          <OrgUnitTreeSelect allowClear placeholder={t('purchasing.purchaseLists.wholeCompany')} />
        </Form.Item>
        <Flex gap="middle">
          <Form.Item
            name="windowDays"
            label={t('purchasing.purchaseLists.windowDays')}
            rules={[{ required: true, message: t('purchasing.purchaseLists.windowDaysRequired') }]}
            style={{ flex: 1 }}
          >
            <InputNumber min={1} max={365} precision={0} style={{ width: '100%' }} autoFocus />
          </Form.Item>
          <Form.Item name="reviewDays" label={t('purchasing.purchaseLists.reviewDays')} style={{ flex: 1 }}>
            <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        {problem.problem && (
          <div style={{ marginBottom: 16 }}>
            <ProblemAlert error={problem.problem.error} fieldErrors={problem.problem.unmatched} />
          </div>
        )}
        <FormActions
          submitting={generate.isPending}
          onCancel={onClose}
          submitLabel={t('purchasing.purchaseLists.generate')}
        />
      </Form>
    </Modal>
  );
}

/** 采购 → Purchase lists: generated suggestions, newest first; generate a new one. */
export function PurchaseListsPage() {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const [state, setState] = useUrlState(listSpec);
  const [generating, setGenerating] = useState(false);
  const pages = useCursorPages(JSON.stringify(state));
  const query = (cursor: string | undefined) => ({
    status: state.status,
    limit: state.limit,
    cursor,
    count: cursor === undefined ? true : undefined,
  });
  const list = useQuery({ ...purchaseListListQuery(query(pages.cursor)), placeholderData: keepPreviousData });
  const firstPage = useQuery({ ...purchaseListListQuery(query(undefined)), enabled: false });
  const filtered = !!state.status;
  const clear = () => setState({ status: undefined });
  const create = can('purchase-lists:write')
    ? { label: t('purchasing.purchaseLists.generate'), onClick: () => setGenerating(true) }
    : undefined;

  const columns: TableProps<PurchaseListSummary>['columns'] = [
    {
      key: 'number',
      title: t('purchasing.purchaseLists.number'),
      render: (_, l) => <Link to={purchaseListPath(l.id)}>{l.number}</Link>,
    },
    {
      key: 'region',
      title: t('purchasing.purchaseLists.region'),
      render: (_, l) =>
        l.regionId ? <OrgUnitName id={l.regionId} /> : t('purchasing.purchaseLists.wholeCompany'),
    },
    {
      key: 'window',
      title: t('purchasing.purchaseLists.windowDays'),
      render: (_, l) => t('purchasing.purchaseLists.days', { count: l.windowDays }),
    },
    {
      key: 'status',
      title: t('purchasing.purchaseLists.status'),
      render: (_, l) => (
        <Tag color={l.status === 'approved' ? 'green' : 'default'}>
          {t(`purchasing.purchaseListStatuses.${l.status}`)}
        </Tag>
      ),
    },
    {
      key: 'lineCount',
      title: t('purchasing.purchaseLists.lineCount'),
      align: 'right',
      render: (_, l) => l.lineCount,
    },
    {
      key: 'linesToBuy',
      title: t('purchasing.purchaseLists.linesToBuy'),
      align: 'right',
      render: (_, l) => l.linesToBuy,
    },
    {
      key: 'totalQuantity',
      title: t('purchasing.purchaseLists.totalQuantity'),
      align: 'right',
      render: (_, l) => l.totalQuantity,
    },
    {
      key: 'estimatedAmount',
      title: t('purchasing.purchaseLists.estimatedAmount'),
      align: 'right',
      render: (_, l) => formatMoney(l.estimatedAmount),
    },
    {
      key: 'createdAt',
      title: t('purchasing.purchaseLists.createdAt'),
      render: (_, l) => formatDateTime(l.createdAt, i18n.language),
    },
  ];

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('purchasing.purchaseLists.title')}
        subtitle={t('purchasing.purchaseLists.subtitle')}
        extra={<CreateButton create={create} />}
      />
      <FilterBar filtered={filtered} onClear={clear}>
        <Select
          aria-label={t('purchasing.purchaseLists.status')}
          placeholder={t('purchasing.purchaseLists.anyStatus')}
          allowClear
          value={state.status}
          onChange={(status) => setState({ status })}
          options={LIST_STATUSES.map((status) => ({
            value: status,
            label: t(`purchasing.purchaseListStatuses.${status}`),
          }))}
          style={{ width: 160 }}
        />
      </FilterBar>
      <CursorTable<PurchaseListSummary>
        list={list}
        pages={pages}
        total={firstPage.data?.total}
        pageSize={state.limit}
        onPageSizeChange={(limit) => setState({ limit })}
        columns={columns}
        empty={{
          noneText: t('purchasing.purchaseLists.empty'),
          filtered: filtered
            ? { text: t('purchasing.purchaseLists.emptyFiltered'), onClear: clear }
            : undefined,
          create,
        }}
      />
      <GenerateModal open={generating} onClose={() => setGenerating(false)} />
    </Flex>
  );
}
