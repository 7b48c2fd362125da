import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { PageHeader } from '../../shared/ui/PageHeader';
import { PageSpinner } from '../../shared/ui/PageSpinner';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { useUnitNames } from '../hr-organisation/UnitSelect';
import { HrHistoryTimeline } from '../hr-employees/HrHistoryTimeline';
import { CandidateBoard } from './CandidateBoard';
import { CandidateModal } from './CandidateModal';
import { HiringRequestStatusTag } from './HiringRequestStatusTag';
import {
  hiringRequestHistoryQuery,
  hiringRequestQuery,
  recruitmentKeys,
  requestCandidatesQuery,
} from './recruitment.api';

/** One hiring request: what was asked, where its approval stands, its history and its candidate board. */
export function HiringRequestPage() {
  const { requestId = '' } = useParams();
  const { t } = useTranslation();
  const can = usePermissions();
  const queryClient = useQueryClient();
  const request = useQuery(hiringRequestQuery(requestId));
  const history = useQuery(hiringRequestHistoryQuery(requestId));
  const candidates = useQuery({ ...requestCandidatesQuery(requestId), enabled: can('candidates:read') });
  const unitName = useUnitNames();
  const [adding, setAdding] = useState(false);

  if (request.isError) return <QueryProblem error={request.error} onRetry={() => void request.refetch()} />;
  if (!request.data) return <PageSpinner />;
  const r = request.data;
  const open = r.status === 'approved';

  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('hrPeople.hiring.requestTitle', { number: r.number })}
        subtitle={t('hrPeople.hiring.requestSubtitle')}
        extra={<HiringRequestStatusTag status={r.status} />}
      />
      {r.status === 'pending_approval' && (
        <Alert
          type="info"
          showIcon
          data-testid="approval-status"
          title={t('hrPeople.hiring.pendingApproval')}
          action={<Link to={PATHS.approvals}>{t('hrPeople.hiring.toApprovals')}</Link>}
        />
      )}
      {r.status === 'rejected' && (
        <Alert type="error" showIcon data-testid="approval-status" title={t('hrPeople.hiring.rejected')} />
      )}
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('hrPeople.employee.unit')}>
            {unitName(r.orgUnitId) ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('hrPeople.employee.position')}>{r.positionTitle}</Descriptions.Item>
          <Descriptions.Item label={t('hrPeople.hiring.period')}>{r.period}</Descriptions.Item>
          <Descriptions.Item label={t('hrPeople.hiring.headcount')}>{r.headcount}</Descriptions.Item>
          <Descriptions.Item label={t('hrPeople.hiring.hired')}>{r.hired}</Descriptions.Item>
          <Descriptions.Item label={t('hrPeople.hiring.wantedBy')}>{r.wantedBy ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('hrPeople.hiring.reason')} span={3}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{r.reason}</span>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {can('candidates:read') && (
        <Card
          size="small"
          title={t('hrPeople.candidate.board')}
          extra={
            can('candidates:write') &&
            open && (
              <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                {t('hrPeople.candidate.add')}
              </Button>
            )
          }
        >
          {!open && r.status !== 'filled' && (
            <Alert type="info" style={{ marginBottom: 12 }} title={t('hrPeople.candidate.notOpen')} />
          )}
          {candidates.isError ? (
            <QueryProblem error={candidates.error} onRetry={() => void candidates.refetch()} />
          ) : (
            <CandidateBoard
              hiringRequestId={r.id}
              candidates={candidates.data?.data ?? []}
              canMove={can('candidates:write')}
            />
          )}
        </Card>
      )}
      <Card size="small" title={t('hrPeople.file.history')}>
        <HrHistoryTimeline entries={history.data ?? []} />
      </Card>
      <CandidateModal
        open={adding}
        hiringRequestId={r.id}
        onClose={() => setAdding(false)}
        onDone={() => void queryClient.invalidateQueries({ queryKey: recruitmentKeys.candidates(r.id) })}
      />
    </Flex>
  );
}
