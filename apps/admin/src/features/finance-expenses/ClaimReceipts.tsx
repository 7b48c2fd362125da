import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AttachmentsPanel } from '../../shared/ui/AttachmentsPanel';
import { expenseProblemMessage } from './expense-problems';
import { claimReceiptsQuery, downloadReceipt, expenseKeys, uploadReceipt } from './expenses.api';

/** The claim's receipts (发票/收据): the claimant uploads them; everyone who sees the claim downloads them. */
export function ClaimReceipts({ claimId, canUpload }: { claimId: string; canUpload: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <AttachmentsPanel
      testId="claim-receipts"
      files={useQuery(claimReceiptsQuery(claimId))}
      accept="image/jpeg,image/png,image/webp,image/heic,application/pdf"
      labels={{
        empty: t('financeExpenses.receipts.empty'),
        upload: t('financeExpenses.receipts.upload'),
        download: t('financeExpenses.receipts.download'),
        accept: t('financeExpenses.receipts.accept'),
        size: (size) => t('financeExpenses.receipts.size', { size }),
        uploaded: (name) => t('financeExpenses.receipts.uploaded', { name }),
      }}
      upload={canUpload ? (file) => uploadReceipt(claimId, file) : undefined}
      download={downloadReceipt}
      // The history gains a "receipt attached" entry too.
      onUploaded={() => void queryClient.invalidateQueries({ queryKey: expenseKeys.claim(claimId) })}
      problemMessage={(error) => expenseProblemMessage(t, error)}
    />
  );
}
