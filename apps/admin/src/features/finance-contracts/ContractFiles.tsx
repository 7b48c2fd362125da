import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AttachmentsPanel } from '../../shared/ui/AttachmentsPanel';
import { contractProblemMessage } from './contract-problems';
import { contractFilesQuery, contractKeys, downloadContractFile, uploadContractFile } from './contracts.api';

/** The signed contract and its supplements: finance uploads them; every reader downloads them. */
export function ContractFiles({ contractId, canUpload }: { contractId: string; canUpload: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <AttachmentsPanel
      testId="contract-files"
      files={useQuery(contractFilesQuery(contractId))}
      accept="image/jpeg,image/png,image/webp,application/pdf"
      labels={{
        empty: t('financeContracts.files.empty'),
        upload: t('financeContracts.files.upload'),
        download: t('financeContracts.files.download'),
        accept: t('financeContracts.files.accept'),
        size: (size) => t('financeContracts.files.size', { size }),
        uploaded: (name) => t('financeContracts.files.uploaded', { name }),
      }}
      upload={canUpload ? (file) => uploadContractFile(contractId, file) : undefined}
      download={downloadContractFile}
      // The history gains a "file attached" entry too.
      onUploaded={() => void queryClient.invalidateQueries({ queryKey: contractKeys.contract(contractId) })}
      problemMessage={(error) => contractProblemMessage(t, error)}
    />
  );
}
