import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';
import type { OrgUnitKind } from './org-unit-kind';

export type OrgUnitStatus = 'active' | 'archived';

@Entity()
export class OrgUnit extends VersionedEntity {
  /** Short stable code people and imports use (`SALES`, `GD-GZ`); unique, upper case. */
  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: OrgUnitKind;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  /** Units are archived, never deleted: orders, staff and targets keep pointing at them. */
  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: OrgUnitStatus;
}
