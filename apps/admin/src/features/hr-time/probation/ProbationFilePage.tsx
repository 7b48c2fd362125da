import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PATHS } from '../../../app/paths';
import { usePermissions } from '../../../auth/use-session';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { PageSpinner } from '../../../shared/ui/PageSpinner';
import { QueryProblem } from '../../../shared/ui/QueryProblem';
import { RequestStatusTag } from '../attendance/RequestStatusTag';
import { EmployeeName } from '../shared/EmployeeName';
import { probationFileQuery, type ProbationItem, type ProbationReview } from './probation.api';
import { AddProbationItem, CompleteItemModal } from './ProbationItemForms';
import { RecommendationForm } from './RecommendationForm';

/** One probationer: trainings and assessments with scores, the average, and the recommendation with its approval. */
export function ProbationFilePage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const { employeeId = '' } = useParams();
  const file = useQuery(probationFileQuery(employeeId));
  const [completing, setCompleting] = useState<ProbationItem>();
  if (file.isPending) return <PageSpinner />;
  if (file.isError) return <QueryProblem error={file.error} onRetry={() => void file.refetch()} />;
  const data = file.data;
  const writable = can('probation:write');
  const pending = data.reviews.some((r) => r.status === 'pending_approval');
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('hrTime.probation.fileTitle')}
        subtitle={t('hrTime.probation.fileSubtitle')}
        extra={<Link to={PATHS.probation}>{t('hrTime.probation.backToList')}</Link>}
      />
      <Descriptions size="small" column={4} bordered>
        <Descriptions.Item label={t('hrTime.common.employee')}>
          <EmployeeName id={data.employeeId} />
        </Descriptions.Item>
        <Descriptions.Item label={t('hrTime.probation.hireDate')}>{data.hireDate}</Descriptions.Item>
        <Descriptions.Item label={t('hrTime.probation.endDate')}>
          {data.probationEndDate ?? t('common.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('hrTime.probation.averageScore')}>
          {data.averageScore ?? t('common.none')}
        </Descriptions.Item>
      </Descriptions>
      <Card title={t('hrTime.probation.items')} size="small">
        <Flex vertical gap="small">
          {writable && <AddProbationItem employeeId={data.employeeId} />}
          <Table<ProbationItem>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={data.items}
            data-testid="probation-items"
            locale={{ emptyText: t('hrTime.probation.noItems') }}
            columns={[
              {
                key: 'kind',
                title: t('hrTime.probation.kind'),
                render: (_, i) => t(`hrTime.probation.kinds.${i.kind}`),
              },
              { key: 'title', title: t('hrTime.probation.itemTitle'), render: (_, i) => i.title },
              {
                key: 'due',
                title: t('hrTime.probation.dueOn'),
                render: (_, i) => i.dueOn ?? t('common.none'),
              },
              {
                key: 'done',
                title: t('hrTime.probation.completedOn'),
                render: (_, i) => i.completedOn ?? <Tag>{t('hrTime.probation.notDone')}</Tag>,
              },
              {
                key: 'score',
                title: t('hrTime.probation.score'),
                align: 'right',
                render: (_, i) => i.score ?? '',
              },
              {
                key: 'actions',
                title: '',
                render: (_, i) =>
                  writable && !i.completedOn ? (
                    <Button size="small" onClick={() => setCompleting(i)}>
                      {t('hrTime.probation.complete')}
                    </Button>
                  ) : null,
              },
            ]}
          />
        </Flex>
      </Card>
      <Card title={t('hrTime.probation.reviews')} size="small">
        <Flex vertical gap="middle">
          <Table<ProbationReview>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={data.reviews}
            data-testid="probation-reviews"
            locale={{ emptyText: t('hrTime.probation.noReviews') }}
            columns={[
              { key: 'number', title: t('hrTime.common.number'), render: (_, r) => r.number ?? '' },
              {
                key: 'recommendation',
                title: t('hrTime.probation.recommendation'),
                render: (_, r) => t(`hrTime.probation.recommendations.${r.recommendation}`),
              },
              {
                key: 'date',
                title: t('hrTime.probation.effectiveDate'),
                render: (_, r) => r.newProbationEndDate ?? r.leaveDate ?? '',
              },
              { key: 'reason', title: t('hrTime.common.reason'), render: (_, r) => r.reason },
              {
                key: 'status',
                title: t('hrTime.common.status'),
                render: (_, r) => <RequestStatusTag status={r.status} />,
              },
            ]}
          />
          {writable && data.status === 'probation' && !pending && (
            <RecommendationForm employeeId={data.employeeId} />
          )}
        </Flex>
      </Card>
      {completing && <CompleteItemModal item={completing} onClose={() => setCompleting(undefined)} />}
    </Flex>
  );
}
