import { useQuery } from '@tanstack/react-query';
import { Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApprovalSteps } from '../approvals/ApprovalSteps';
import { approvalQuery } from '../approvals/approvals.api';

/**
 * The claim's approval chain from the shared approvals engine (manager, then finance): who decides each step,
 * who did and what they said. The same request shows in the approvals inbox, where it can be decided too.
 */
export function ClaimApproval({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const request = useQuery({ ...approvalQuery(requestId), retry: false });
  // The engine shows a request to its requester, its deciders and readers of everything; others see no chain.
  if (request.isError)
    return <Typography.Text type="secondary">{t('financeExpenses.detail.approvalHidden')}</Typography.Text>;
  if (!request.data) return <Spin size="small" />;
  return (
    <>
      <Typography.Paragraph type="secondary">{request.data.number}</Typography.Paragraph>
      <ApprovalSteps request={request.data} />
    </>
  );
}
