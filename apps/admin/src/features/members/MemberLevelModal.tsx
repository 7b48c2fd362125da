import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatBasisPoints,
  minorUnitsToYuanText,
  percentToBasisPoints,
  yuanToMinorUnits,
} from '../../shared/money/money';
import { YuanInput, yuanRules } from '../../shared/money/YuanInput';
import { problemMessage } from '../../shared/ui/problem-text';
import type { MemberLevel } from './members.api';
import { useSaveMemberLevel } from './use-member-level-mutations';

interface Values {
  nameZh: string;
  nameEn: string;
  /** Yuan as typed: becomes 分 by integer arithmetic, never through a float. */
  threshold: string;
  /** Percent as typed ("1.5"): becomes basis points exactly. */
  rebate: string;
}

/** 新增或修改会员等级: names in both languages, the 12-month spend from which it applies, its rebate. */
export function MemberLevelModal({
  level,
  open,
  onClose,
}: {
  level: MemberLevel | undefined;
  open: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const save = useSaveMemberLevel();
  const [refusal, setRefusal] = useState<string>();

  const submit = (values: Values) => {
    setRefusal(undefined);
    const rebateBps = values.rebate.trim() === '0' ? 0 : percentToBasisPoints(values.rebate)!;
    save.mutate(
      {
        level,
        input: {
          nameZh: values.nameZh.trim(),
          nameEn: values.nameEn.trim(),
          thresholdAmount: yuanToMinorUnits(values.threshold)!,
          rebateBps,
        },
      },
      { onSuccess: onClose, onError: (error) => setRefusal(problemMessage(t, error)) },
    );
  };

  return (
    <Modal
      open={open}
      title={level ? t('members.levels.editTitle', { name: level.nameZh }) : t('members.levels.create')}
      okText={t('common.save')}
      okButtonProps={{ loading: save.isPending, htmlType: 'submit', form: 'member-level' }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        name="member-level"
        layout="vertical"
        preserve={false}
        onFinish={submit}
        initialValues={
          level && {
            nameZh: level.nameZh,
            nameEn: level.nameEn,
            threshold: minorUnitsToYuanText(level.thresholdAmount),
            rebate: formatBasisPoints(level.rebateBps).replace(/%$/, ''),
          }
        }
      >
        <Form.Item
          name="nameZh"
          label={t('members.levels.nameZh')}
          rules={[{ required: true, whitespace: true, message: t('members.levels.nameRequired') }]}
        >
          <Input autoFocus maxLength={40} />
        </Form.Item>
        <Form.Item
          name="nameEn"
          label={t('members.levels.nameEn')}
          rules={[{ required: true, whitespace: true, message: t('members.levels.nameRequired') }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name="threshold"
          label={t('members.levels.threshold')}
          extra={t('members.levels.thresholdHint')}
          rules={yuanRules(t)}
        >
          <YuanInput />
        </Form.Item>
        <Form.Item
          name="rebate"
          label={t('members.levels.rebate')}
          rules={[
            { required: true, whitespace: true, message: t('members.levels.rebateInvalid') },
            {
              validator: async (_rule, value?: string) => {
                if (value?.trim() && value.trim() !== '0' && percentToBasisPoints(value) === undefined)
                  throw new Error(t('members.levels.rebateInvalid'));
              },
            },
          ]}
        >
          <Input suffix="%" inputMode="decimal" style={{ width: 160 }} />
        </Form.Item>
      </Form>
      {refusal && <Alert type="error" showIcon role="alert" title={refusal} />}
    </Modal>
  );
}
