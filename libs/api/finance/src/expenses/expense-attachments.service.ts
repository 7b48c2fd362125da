import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { currentActor, FileStorage, StoredFile, TransactionalConnection } from '@zhanggui/api-platform';
import { ExpenseAttachment } from './expense-attachment.entity';
import { ExpenseClaimAccess } from './expense-claim-access';
import { ExpenseClaimHistory } from './expense-claim-history';
import { AttachmentRefusedError, ExpenseAttachmentNotFoundError, NotYourClaimError } from './expenses.errors';

/** Receipts are photos or invoice PDFs (电子发票); nothing else is a receipt. */
const RECEIPT_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf']);
const MAX_RECEIPT_BYTES = 10 * 1024 * 1024;

/** Receipts in FileStorage under keys of our own; the claimant attaches them, whoever sees the claim reads them. */
@Injectable()
export class ExpenseAttachmentsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly storage: FileStorage,
    private readonly access: ExpenseClaimAccess,
    private readonly history: ExpenseClaimHistory,
  ) {}

  async upload(
    claimId: string,
    file: { fileName: string; contentType: string; bytes: Buffer },
  ): Promise<ExpenseAttachment> {
    const claim = await this.access.visible(claimId, true);
    if (claim.claimantId !== currentActor()?.id) throw new NotYourClaimError(claim.number);
    const contentType = file.contentType.split(';')[0].trim().toLowerCase();
    if (!RECEIPT_TYPES.has(contentType))
      throw new AttachmentRefusedError(`${contentType} is not a receipt: send an image or a PDF`);
    if (file.bytes.length === 0) throw new AttachmentRefusedError('the file is empty');
    if (file.bytes.length > MAX_RECEIPT_BYTES)
      throw new AttachmentRefusedError('a receipt is at most 10 MiB');
    const id = randomUUID();
    const key = `expense-receipts/${claim.id}/${id}`;
    await this.storage.put(key, file.bytes);
    const repository = this.connection.getRepository(ExpenseAttachment);
    const attachment = await repository.save(
      repository.create({
        id,
        claimId: claim.id,
        // Only for showing and Content-Disposition; never part of the storage key.
        fileName: file.fileName.replace(/[\\/\r\n"]/g, '_').slice(0, 200) || 'receipt',
        contentType,
        bytes: file.bytes.length,
        storageKey: key,
        uploadedBy: currentActor()?.id ?? null,
      }),
    );
    await this.history.record(claim.id, { action: 'receipt attached', note: attachment.fileName });
    return attachment;
  }

  async list(claimId: string): Promise<ExpenseAttachment[]> {
    await this.access.visible(claimId);
    return this.connection
      .getRepository(ExpenseAttachment)
      .find({ where: { claimId }, order: { createdAt: 'ASC' } });
  }

  async file(id: string): Promise<{ attachment: ExpenseAttachment; file: StoredFile }> {
    const attachment = await this.connection.getRepository(ExpenseAttachment).findOneBy({ id });
    if (!attachment) throw new ExpenseAttachmentNotFoundError(id);
    await this.access.visible(attachment.claimId).catch(() => {
      throw new ExpenseAttachmentNotFoundError(id);
    });
    const file = await this.storage.read(attachment.storageKey);
    if (!file) throw new ExpenseAttachmentNotFoundError(id);
    return { attachment, file };
  }
}
