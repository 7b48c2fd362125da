import { StopOutlined } from '@ant-design/icons';
import { Flex, Steps, Tag, Typography, type StepsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date-time';
import { PersonName } from '../users/PersonName';
import type { ApprovalRequest } from './approvals.api';
import { stepViews, type StepState, type StepView } from './approval-steps';
import { StepRole } from './StepRole';

type AntdStepStatus = NonNullable<StepsProps['status']>;

const STEP_STATUS: Record<StepState, AntdStepStatus> = {
  approved: 'finish',
  rejected: 'error',
  current: 'process',
  upcoming: 'wait',
  cancelled: 'wait',
  notReached: 'wait',
};

function StepOutcome({ step }: { step: StepView }) {
  const { t, i18n } = useTranslation();
  if (step.state !== 'approved' && step.state !== 'rejected') {
    return <Typography.Text type="secondary">{t(`approvals.step.${step.state}`)}</Typography.Text>;
  }
  return (
    <Flex vertical gap={4} style={{ paddingBottom: 8 }}>
      <Flex gap="small" align="center" wrap>
        <Tag color={step.state === 'approved' ? 'success' : 'error'} style={{ marginInlineEnd: 0 }}>
          {t(`approvals.step.${step.state}`)}
        </Tag>
        <PersonName id={step.decidedBy} />
        {step.decidedAt && (
          <Typography.Text type="secondary">{formatDateTime(step.decidedAt, i18n.language)}</Typography.Text>
        )}
      </Flex>
      {step.comment && (
        <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
          「{step.comment}」
        </Typography.Paragraph>
      )}
    </Flex>
  );
}

/** The chain of steps, top to bottom: who decides each (role and unit), who did, when, and what they said. */
export function ApprovalSteps({ request }: { request: ApprovalRequest }) {
  const { t } = useTranslation();
  const steps = stepViews(request);
  return (
    <div data-testid="approval-steps">
      <Steps
        orientation="vertical"
        size="small"
        current={Math.max(0, request.currentStep - 1)}
        items={steps.map((step) => ({
          key: step.position,
          status: STEP_STATUS[step.state],
          icon: step.state === 'cancelled' ? <StopOutlined /> : undefined,
          title: (
            <>
              {t('approvals.step.title', { position: step.position })} · <StepRole step={step} />
            </>
          ),
          content: <StepOutcome step={step} />,
        }))}
      />
    </div>
  );
}
