import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Flex, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { employeePath, hiringRequestPath } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { formatMoney } from '../../shared/money/money';
import { PageHeader } from '../../shared/ui/PageHeader';
import { PageSpinner } from '../../shared/ui/PageSpinner';
import { problemMessage } from '../../shared/ui/problem-text';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { HrHistoryTimeline } from '../hr-employees/HrHistoryTimeline';
import { nextStages } from './candidate-stages';
import { HireModal } from './HireModal';
import { OfferModal } from './OfferModal';
import {
  candidateHistoryQuery,
  candidateQuery,
  moveCandidate,
  recruitmentKeys,
  type Candidate,
  type CandidateStage,
  type MoveStage,
} from './recruitment.api';

/** A candidate: contact, stage, the moves open to them, the offer, and hiring (which opens the new file). */
export function CandidatePage() {
  const { candidateId = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const queryClient = useQueryClient();
  const candidate = useQuery(candidateQuery(candidateId));
  const history = useQuery(candidateHistoryQuery(candidateId));
  const [dialog, setDialog] = useState<'offer' | 'hire'>();
  const refresh = (moved: Candidate) => {
    queryClient.setQueryData(recruitmentKeys.candidate(moved.id), moved);
    void queryClient.invalidateQueries({ queryKey: recruitmentKeys.candidateHistory(moved.id) });
    void queryClient.invalidateQueries({ queryKey: recruitmentKeys.candidates(moved.hiringRequestId) });
  };
  const move = useMutation({
    mutationFn: (stage: MoveStage) => moveCandidate(candidateId, { stage }),
    onSuccess: refresh,
    onError: (error) => void message.error(problemMessage(t, error)),
  });

  if (candidate.isError)
    return <QueryProblem error={candidate.error} onRetry={() => void candidate.refetch()} />;
  if (!candidate.data) return <PageSpinner />;
  const c = candidate.data;
  const stageLabel = (stage: string) => t(`hrPeople.candidate.stages.${stage as CandidateStage}`);
  const canWrite = can('candidates:write');

  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={c.name}
        subtitle={t('hrPeople.candidate.subtitle')}
        extra={<Tag color={c.stage === 'hired' ? 'green' : 'blue'}>{stageLabel(c.stage)}</Tag>}
      />
      {c.employeeId && (
        <Alert
          type="success"
          showIcon
          data-testid="hired-notice"
          title={t('hrPeople.candidate.hiredNotice')}
          action={<Link to={employeePath(c.employeeId)}>{t('hrPeople.candidate.openFile')}</Link>}
        />
      )}
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('hrPeople.candidate.request')}>
            <Link to={hiringRequestPath(c.hiringRequestId)}>{t('hrPeople.candidate.openRequest')}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('hrPeople.file.phone')}>{c.phone ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('hrPeople.file.email')}>{c.email ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('hrPeople.candidate.source')}>{c.source ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('hrPeople.candidate.offeredSalary')}>
            {c.offeredSalary == null ? '—' : formatMoney(c.offeredSalary)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {canWrite && (nextStages(c.stage).length > 0 || c.stage === 'offer') && (
        <Space wrap data-testid="candidate-actions">
          {nextStages(c.stage).map((stage) =>
            stage === 'offer' ? (
              <Button key={stage} type="primary" onClick={() => setDialog('offer')}>
                {t('hrPeople.candidate.makeOffer')}
              </Button>
            ) : (
              <Button
                key={stage}
                danger={stage === 'rejected' || stage === 'withdrawn'}
                loading={move.isPending && move.variables === stage}
                onClick={() => move.mutate(stage)}
              >
                {t('hrPeople.candidate.moveButton', { stage: stageLabel(stage) })}
              </Button>
            ),
          )}
          {c.stage === 'offer' && (
            <Button type="primary" onClick={() => setDialog('hire')}>
              {t('hrPeople.candidate.hire')}
            </Button>
          )}
        </Space>
      )}
      <Card size="small" title={t('hrPeople.file.history')}>
        <HrHistoryTimeline entries={history.data ?? []} />
      </Card>
      <OfferModal
        candidate={c}
        open={dialog === 'offer'}
        onClose={() => setDialog(undefined)}
        onDone={refresh}
      />
      <HireModal
        candidate={c}
        open={dialog === 'hire'}
        onClose={() => setDialog(undefined)}
        onDone={refresh}
      />
    </Flex>
  );
}
