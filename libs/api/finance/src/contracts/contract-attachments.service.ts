import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { currentActor, FileStorage, StoredFile, TransactionalConnection } from '@zhanggui/api-platform';
import { ContractAttachment } from './contract-attachment.entity';
import { ContractHistory } from './contract-history';
import { ContractAttachmentNotFoundError, ContractAttachmentRefusedError } from './contracts.errors';
import { ContractsService } from './contracts.service';

/** Signed contracts arrive as scans or PDFs; office documents are drafts, not what was signed. */
const CONTRACT_FILE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'application/pdf']);
const MAX_CONTRACT_FILE_BYTES = 20 * 1024 * 1024;

/** Contract files in FileStorage under keys of our own; finance attaches them, any reader downloads them. */
@Injectable()
export class ContractAttachmentsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly storage: FileStorage,
    private readonly contracts: ContractsService,
    private readonly history: ContractHistory,
  ) {}

  async upload(
    contractId: string,
    file: { fileName: string; contentType: string; bytes: Buffer },
  ): Promise<ContractAttachment> {
    const contract = await this.contracts.get(contractId, true);
    const contentType = file.contentType.split(';')[0].trim().toLowerCase();
    if (!CONTRACT_FILE_TYPES.has(contentType))
      throw new ContractAttachmentRefusedError(
        `${contentType} is not a contract scan: send an image or a PDF`,
      );
    if (file.bytes.length === 0) throw new ContractAttachmentRefusedError('the file is empty');
    if (file.bytes.length > MAX_CONTRACT_FILE_BYTES)
      throw new ContractAttachmentRefusedError('a contract file is at most 20 MiB');
    const id = randomUUID();
    const key = `contracts/${contract.id}/${id}`;
    await this.storage.put(key, file.bytes);
    const repository = this.connection.getRepository(ContractAttachment);
    const attachment = await repository.save(
      repository.create({
        id,
        contractId: contract.id,
        // Only for showing and Content-Disposition; never part of the storage key.
        fileName: file.fileName.replace(/[\\/\r\n"]/g, '_').slice(0, 200) || 'contract',
        contentType,
        bytes: file.bytes.length,
        storageKey: key,
        uploadedBy: currentActor()?.id ?? null,
      }),
    );
    await this.history.record(contract.id, { action: 'file attached', note: attachment.fileName });
    return attachment;
  }

  async list(contractId: string): Promise<ContractAttachment[]> {
    await this.contracts.get(contractId);
    return this.connection
      .getRepository(ContractAttachment)
      .find({ where: { contractId }, order: { createdAt: 'ASC' } });
  }

  async file(id: string): Promise<{ attachment: ContractAttachment; file: StoredFile }> {
    const attachment = await this.connection.getRepository(ContractAttachment).findOneBy({ id });
    if (!attachment) throw new ContractAttachmentNotFoundError(id);
    const file = await this.storage.read(attachment.storageKey);
    if (!file) throw new ContractAttachmentNotFoundError(id);
    return { attachment, file };
  }
}
