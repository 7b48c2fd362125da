import { Injectable } from '@nestjs/common';
import { DataSource, EntitySubscriberInterface, InsertEvent, RemoveEvent, UpdateEvent } from 'typeorm';
import type { EntityMetadata, ObjectLiteral } from 'typeorm';
import { changesOfCreate, changesOfDelete, changesOfUpdate } from './audit-changes';
import { AuditEvent } from './audit-event.entity';
import { AuditWriter } from './audit-writer';
import { isAudited } from './not-audited.decorator';

/**
 * Records every insert, update and removal made through TypeORM's entity API (`save`, `remove`) on audited
 * entities, in the same transaction. Bulk `update()`/`delete()` and raw SQL bypass it: services that write
 * business records that way record the entry themselves with AuditWriter.
 */
@Injectable()
export class AuditSubscriber implements EntitySubscriberInterface {
  constructor(
    dataSource: DataSource,
    private readonly writer: AuditWriter,
  ) {
    dataSource.subscribers.push(this);
  }

  async afterInsert(event: InsertEvent<ObjectLiteral>): Promise<void> {
    if (!this.audits(event.metadata) || !event.entity) return;
    const properties = propertiesOf(event.metadata);
    await this.writer.record(
      {
        action: 'create',
        ...this.identify(event.metadata, event.entity),
        changes: changesOfCreate(event.entity, properties),
      },
      event.manager,
    );
  }

  async afterUpdate(event: UpdateEvent<ObjectLiteral>): Promise<void> {
    if (!this.audits(event.metadata) || !event.entity || !event.databaseEntity) return;
    const changes = changesOfUpdate(event.databaseEntity, event.entity, propertiesOf(event.metadata));
    if (Object.keys(changes).length === 0) return;
    await this.writer.record(
      { action: 'update', ...this.identify(event.metadata, event.databaseEntity), changes },
      event.manager,
    );
  }

  async afterRemove(event: RemoveEvent<ObjectLiteral>): Promise<void> {
    const before = event.databaseEntity ?? event.entity;
    if (!this.audits(event.metadata) || !before) return;
    const entityId = String(event.entityId ?? before.id);
    await this.writer.record(
      {
        action: 'delete',
        entityType: event.metadata.tableName,
        entityId,
        changes: changesOfDelete(before, propertiesOf(event.metadata)),
      },
      event.manager,
    );
  }

  private audits(metadata: EntityMetadata): boolean {
    return metadata.target !== AuditEvent && isAudited(metadata.target);
  }

  private identify(metadata: EntityMetadata, entity: ObjectLiteral) {
    return { entityType: metadata.tableName, entityId: String(entity.id) };
  }
}

function propertiesOf(metadata: EntityMetadata): string[] {
  return metadata.columns.filter((column) => !column.relationMetadata).map((column) => column.propertyName);
}
