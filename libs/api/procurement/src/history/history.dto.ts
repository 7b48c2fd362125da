import { ApiProperty } from '@nestjs/swagger';
import type { HistoryEntry } from './document-history';

export class HistoryEntryResponse {
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

  @ApiProperty({ enum: ['user', 'api-key', 'system'] })
  actorKind!: string;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  actorId!: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  actorLabel!: string | null;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  static from(entry: HistoryEntry): HistoryEntryResponse {
    return { ...entry, occurredAt: new Date(entry.occurredAt).toISOString() };
  }
}
