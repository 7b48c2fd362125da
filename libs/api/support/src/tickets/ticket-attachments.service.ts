import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  currentActor,
  FileStorage,
  InvalidInputError,
  StoredFile,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { AttachmentNotFoundError } from '../support.errors';
import { TicketAccess } from './ticket-access';
import { TicketAttachment } from './ticket-attachment.entity';
import { TicketTimeline } from './ticket-timeline';

/** What customers send: photos, PDFs, office documents and plain text. Nothing executable. */
const ALLOWED_TYPES = new Set([
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'application/pdf',
  'text/plain',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/msword',
]);

export class AttachmentRefusedError extends InvalidInputError {
  constructor(reason: string) {
    super('ATTACHMENT_REFUSED', `The attachment is refused: ${reason}.`, [
      { field: 'file', message: reason },
    ]);
  }
}

/** Ticket attachments in the platform FileStorage, under keys of our own; the file is written before the row. */
@Injectable()
export class TicketAttachmentsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly storage: FileStorage,
    private readonly access: TicketAccess,
    private readonly timeline: TicketTimeline,
  ) {}

  async upload(
    ticketId: string,
    file: { fileName: string; contentType: string; bytes: Buffer },
  ): Promise<TicketAttachment> {
    const ticket = await this.access.visible(ticketId, true);
    const contentType = file.contentType.split(';')[0].trim().toLowerCase();
    if (!ALLOWED_TYPES.has(contentType))
      throw new AttachmentRefusedError(`${contentType} files are not accepted`);
    if (file.bytes.length === 0) throw new AttachmentRefusedError('the file is empty');
    const id = randomUUID();
    const key = `ticket-attachments/${ticket.id}/${id}`;
    await this.storage.put(key, file.bytes);
    const repository = this.connection.getRepository(TicketAttachment);
    const attachment = await repository.save(
      repository.create({
        id,
        ticketId: ticket.id,
        messageId: null,
        // Only for showing and for Content-Disposition; never part of a storage key.
        fileName: file.fileName.replace(/[\\/\r\n"]/g, '_').slice(0, 200) || 'attachment',
        contentType,
        bytes: file.bytes.length,
        storageKey: key,
        uploadedBy: currentActor()?.id ?? null,
      }),
    );
    await this.timeline.record(ticket, 'attachment', {
      data: { attachmentId: id, fileName: attachment.fileName },
    });
    return attachment;
  }

  async list(ticketId: string): Promise<TicketAttachment[]> {
    await this.access.visible(ticketId);
    return this.connection
      .getRepository(TicketAttachment)
      .find({ where: { ticketId }, order: { createdAt: 'ASC' } });
  }

  async file(id: string): Promise<{ attachment: TicketAttachment; file: StoredFile }> {
    const attachment = await this.connection.getRepository(TicketAttachment).findOneBy({ id });
    if (!attachment) throw new AttachmentNotFoundError(id);
    await this.access.visible(attachment.ticketId).catch(() => {
      throw new AttachmentNotFoundError(id);
    });
    const file = await this.storage.read(attachment.storageKey);
    if (!file) throw new AttachmentNotFoundError(id);
    return { attachment, file };
  }
}
