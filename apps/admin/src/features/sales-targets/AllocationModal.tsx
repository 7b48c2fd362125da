import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Flex, Form, Modal, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { salesTargets } from '../../i18n/locales/zh-CN/sales-targets';
import { ApiProblem, type FieldProblem } from '../../api/problem';
import { formatMoney } from '../../shared/money/money';
import { YuanInput, yuanRules } from '../../shared/money/YuanInput';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import {
  allocationChildren,
  allocationChoices,
  allocationProblemFields,
  initialAllocationRows,
  type AllocationRowValues,
} from './allocation-form';
import { cityPeopleQuery, territoriesQuery } from './sales-targets.api';
import { allocationDifference, type TargetRow } from './target-tree';
import { useAllocateSalesTarget } from './use-target-mutations';

interface Values {
  children: AllocationRowValues[];
}

/** Splits one node over its children; the rows must add up to it, and what is left is shown while typing. */
export function AllocationModal({ row, onClose }: { row: TargetRow | undefined; onClose(): void }) {
  return row ? <AllocationForm row={row} onClose={onClose} /> : null;
}

function AllocationForm({ row, onClose }: { row: TargetRow; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const allocate = useAllocateSalesTarget();
  const isCity = row.level === 'city';
  const territories = useQuery({ ...territoriesQuery(), enabled: !isCity });
  const people = useQuery({ ...cityPeopleQuery(row.orgUnitId), enabled: isCity });
  const choicesLoading = isCity ? people.isPending : territories.isPending;
  const [problem, setProblem] = useState<{ error: unknown; unmatched: readonly FieldProblem[] }>();
  const [refused, setRefused] = useState(false);
  const choices = allocationChoices(row, territories.data?.data ?? [], people.data?.data ?? []);
  const rows = Form.useWatch('children', form) ?? [];
  const difference = allocationDifference(
    row.amount,
    rows.map((r) => r?.amount),
  );
  const a = (key: keyof typeof salesTargets.allocation) => t(`salesTargets.allocation.${key as 'parent'}`);
  const childLabel = isCity ? a('person') : a('unit');

  const report = (error: unknown) => {
    if (!(error instanceof ApiProblem)) return setProblem({ error, unmatched: [] });
    const { fields, unmatched } = allocationProblemFields(error);
    form.setFields(fields as Parameters<typeof form.setFields>[0]);
    setProblem(fields.length > 0 && unmatched.length === 0 ? undefined : { error, unmatched });
  };

  const submit = (values: Values) => {
    setProblem(undefined);
    if (difference !== 0) return setRefused(true);
    allocate.mutate(
      { target: row.target, unitId: row.orgUnitId, children: allocationChildren(row, values.children) },
      {
        onSuccess: () => {
          void message.success(a('saved'));
          onClose();
        },
        onError: report,
      },
    );
  };

  return (
    <Modal
      open
      title={t('salesTargets.allocation.title', { name: row.name })}
      width={640}
      okText={t('common.save')}
      okButtonProps={{ loading: allocate.isPending, htmlType: 'submit', form: 'allocation-form' }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      destroyOnHidden
    >
      <Descriptions
        size="small"
        column={1}
        items={[{ key: 'parent', label: a('parent'), children: formatMoney(row.amount) }]}
      />
      {choicesLoading ? (
        <Spin />
      ) : (
        <Form<Values>
          form={form}
          name="allocation-form"
          layout="vertical"
          onFinish={submit}
          onValuesChange={() => setRefused(false)}
          initialValues={{ children: initialAllocationRows(row, choices) }}
        >
          <Form.List name="children">
            {(fields, { add, remove }) => (
              <Flex vertical gap={0}>
                {fields.map((field, index) => (
                  <Flex key={field.key} gap="small" align="start">
                    <Form.Item name={[field.name, 'id']} rules={[{ required: true }]} style={{ flex: 1 }}>
                      <Select
                        aria-label={`${childLabel} ${index + 1}`}
                        placeholder={childLabel}
                        options={choices}
                        showSearch={{ optionFilterProp: 'label' }}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'amount']} rules={yuanRules(t)} style={{ width: 200 }}>
                      <YuanInput aria-label={`${a('amount')} ${index + 1}`} placeholder={a('amount')} />
                    </Form.Item>
                    <Button
                      aria-label={`${a('remove')} ${index + 1}`}
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                  {a('addRow')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Form>
      )}
      <Flex justify="space-between" style={{ marginTop: 12 }} data-testid="allocation-difference">
        <Typography.Text>
          {a('total')}: {formatMoney(row.amount - difference)}
        </Typography.Text>
        <Typography.Text type={difference === 0 ? 'success' : 'danger'} strong>
          {difference === 0
            ? a('balanced')
            : difference > 0
              ? t('salesTargets.allocation.remaining', { amount: formatMoney(difference) })
              : t('salesTargets.allocation.over', { amount: formatMoney(-difference) })}
        </Typography.Text>
      </Flex>
      {refused && <Alert type="error" showIcon title={a('mustAddUp')} style={{ marginTop: 12 }} />}
      {problem && <ProblemAlert error={problem.error} fieldErrors={problem.unmatched} />}
    </Modal>
  );
}
