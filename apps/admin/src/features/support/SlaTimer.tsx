import { PauseCircleOutlined } from '@ant-design/icons';
import { Progress, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date-time';
import { currentTimer, slaTone, splitMinutes, type SlaTone } from './sla-timer';
import type { SlaView, TimerView } from './support.api';

const COLOURS: Record<SlaTone, string> = {
  ok: 'green',
  warning: 'orange',
  danger: 'red',
  breached: 'red',
  paused: 'default',
  met: 'success',
};
const STROKES: Record<SlaTone, string> = {
  ok: '#52c41a',
  warning: '#fa8c16',
  danger: '#f5222d',
  breached: '#a8071a',
  paused: '#bfbfbf',
  met: '#52c41a',
};

function useDuration() {
  const { t } = useTranslation();
  return (minutes: number) => {
    const split = splitMinutes(minutes);
    return split.hours
      ? t('support.sla.duration', { hours: split.hours, minutes: split.minutes })
      : t('support.sla.durationMinutes', { minutes: split.minutes });
  };
}

/** One timer as a short label: time left, time over, paused or met. */
export function TimerLabel({ timer }: { timer: TimerView }) {
  const { t } = useTranslation();
  const duration = useDuration();
  const tone = slaTone(timer);
  const text =
    tone === 'paused'
      ? t('support.sla.paused')
      : timer.state === 'met'
        ? timer.breached
          ? t('support.sla.breached')
          : t('support.sla.met')
        : timer.remainingMinutes < 0
          ? t('support.sla.over', { time: duration(timer.remainingMinutes) })
          : t('support.sla.left', { time: duration(timer.remainingMinutes) });
  return (
    <Tag color={COLOURS[tone]} icon={tone === 'paused' ? <PauseCircleOutlined /> : undefined} data-sla={tone}>
      {text}
    </Tag>
  );
}

/** The queue's SLA cell: the timer that matters now (first response, then resolution), with its due time. */
export function SlaCell({ sla }: { sla: SlaView | null }) {
  const { t, i18n } = useTranslation();
  if (!sla) return <Typography.Text type="secondary">{t('support.sla.none')}</Typography.Text>;
  const { which, timer } = currentTimer(sla);
  return (
    <Tooltip
      title={
        <>
          {t(`support.sla.${which}`)}
          {timer.dueAt && (
            <div>{t('support.sla.dueAt', { time: formatDateTime(timer.dueAt, i18n.language) })}</div>
          )}
          {!sla.businessHours && <div>{t('support.sla.deskClosed')}</div>}
        </>
      }
    >
      <span>
        <Typography.Text type="secondary" style={{ marginRight: 4 }}>
          {t(`support.sla.${which}`)}
        </Typography.Text>
        <TimerLabel timer={timer} />
      </span>
    </Tooltip>
  );
}

/** Both timers with progress bars: the ticket page's SLA panel. */
export function SlaPanel({ sla }: { sla: SlaView | null }) {
  const { t, i18n } = useTranslation();
  const duration = useDuration();
  if (!sla) return <Typography.Text type="secondary">{t('support.sla.none')}</Typography.Text>;
  return (
    <div data-testid="sla-panel">
      {(['firstResponse', 'resolution'] as const).map((which) => {
        const timer = sla[which];
        const tone = slaTone(timer);
        return (
          <div key={which} style={{ marginBottom: 8 }}>
            <Typography.Text strong>{t(`support.sla.${which}`)}</Typography.Text> <TimerLabel timer={timer} />
            <Progress
              percent={Math.min(100, Math.round(timer.percent))}
              strokeColor={STROKES[tone]}
              size="small"
              showInfo={false}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('support.sla.target', { time: duration(timer.targetMinutes) })}
              {timer.dueAt &&
                ` · ${t('support.sla.dueAt', { time: formatDateTime(timer.dueAt, i18n.language) })}`}
            </Typography.Text>
          </div>
        );
      })}
      {!sla.businessHours && (
        <Typography.Text type="secondary">{t('support.sla.deskClosed')}</Typography.Text>
      )}
    </div>
  );
}
