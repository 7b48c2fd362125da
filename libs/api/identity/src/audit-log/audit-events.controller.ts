import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiPageResponse,
  ApiProblemResponses,
  AuditEvent,
  mapPage,
  Page,
  paginate,
  RequirePermission,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { AuditEventResponse } from './audit-event.response';
import { ListAuditEventsQuery } from './audit-events.query';

/** Reading the audit trail (the platform writes it). There is no route that changes it. */
@ApiTags('audit-events')
@Controller('audit-events')
export class AuditEventsController {
  constructor(private readonly connection: TransactionalConnection) {}

  @Get()
  @RequirePermission('audit-events:read')
  @ApiOperation({ summary: 'The audit trail, newest first: filter by record, actor and time.' })
  @ApiPageResponse(AuditEventResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListAuditEventsQuery): Promise<Page<AuditEventResponse>> {
    const qb = this.connection.getRepository(AuditEvent).createQueryBuilder('e');
    if (query.entityType) qb.andWhere('e.entity_type = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: query.entityId });
    if (query.actorId) qb.andWhere('e.actor_id = :actorId', { actorId: query.actorId });
    if (query.from) qb.andWhere('e.occurred_at >= :from', { from: query.from });
    if (query.to) qb.andWhere('e.occurred_at < :to', { to: query.to });
    const page = await paginate(
      qb,
      { ...query, sort: '-occurredAt' },
      {
        // UUIDv7 ids are in time order, so newest-first is the primary key backwards.
        sorts: { occurredAt: { column: 'e.id', value: (e) => e.id } },
        idColumn: 'e.id',
        idValue: (e) => e.id,
      },
    );
    return mapPage(page, AuditEventResponse.from);
  }
}
