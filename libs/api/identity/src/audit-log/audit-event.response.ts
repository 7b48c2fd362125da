import { ApiProperty } from '@nestjs/swagger';
import type { AuditChanges, AuditEvent } from '@zhanggui/api-platform';

export class AuditEventResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  @ApiProperty({ enum: ['user', 'api-key', 'system'] })
  actorKind!: string;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  actorId!: string | null;

  @ApiProperty({ type: 'string', nullable: true, description: 'Username or API key name.' })
  actorLabel!: string | null;

  @ApiProperty({ example: 'update' })
  action!: string;

  @ApiProperty({ example: 'org_unit' })
  entityType!: string;

  @ApiProperty()
  entityId!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Per field: {from, to}; secrets only {redacted: true}.',
    example: { name: { from: '广州', to: '广州市' } },
  })
  changes!: AuditChanges;

  @ApiProperty({ type: 'string', nullable: true })
  requestId!: string | null;

  static from(event: AuditEvent): AuditEventResponse {
    return { ...event, occurredAt: event.occurredAt.toISOString() };
  }
}
