import { ApiProperty } from '@nestjs/swagger';
import type { DocumentEventEntry } from './document-event-log';

/** A file kept with a finance document (a contract's scan, a claim's receipt): what the console lists. */
export class DocumentAttachmentResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  fileName!: string;

  @ApiProperty({ example: 'application/pdf' })
  contentType!: string;

  @ApiProperty()
  bytes!: number;

  @ApiProperty({ type: 'string', format: 'date-time' })
  createdAt!: string;

  static from(row: {
    id: string;
    fileName: string;
    contentType: string;
    bytes: number;
    createdAt: Date;
  }): DocumentAttachmentResponse {
    return {
      id: row.id,
      fileName: row.fileName,
      contentType: row.contentType,
      bytes: row.bytes,
      createdAt: row.createdAt.toISOString(),
    };
  }
}

/** One step of a finance document's history (DocumentEventLog), in its handler's words. */
export class DocumentEventResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'submitted' })
  action!: string;

  @ApiProperty({ type: 'string', nullable: true })
  fromStatus!: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  toStatus!: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  note!: string | null;

  @ApiProperty()
  actorKind!: string;

  @ApiProperty({ type: 'string', nullable: true })
  actorLabel!: string | null;

  @ApiProperty({ type: 'string', format: 'date-time' })
  occurredAt!: string;

  static from(entry: DocumentEventEntry): DocumentEventResponse {
    return {
      id: entry.id,
      action: entry.action,
      fromStatus: entry.fromStatus,
      toStatus: entry.toStatus,
      note: entry.note,
      actorKind: entry.actorKind,
      actorLabel: entry.actorLabel,
      occurredAt: new Date(entry.occurredAt).toISOString(),
    };
  }
}
