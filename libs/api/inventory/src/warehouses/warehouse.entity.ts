import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';

export type WarehouseStatus = 'active' | 'inactive';

/** A place stock is kept (广州仓), tied to the sales territory it serves. */
@Entity()
export class Warehouse extends VersionedEntity {
  /** Short stable code warehouse staff and integrations use (`GZ-01`); unique, upper case. */
  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** A province, region or city org unit; data scopes are checked against it. */
  @Column({ type: 'uuid', nullable: true })
  regionId!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: WarehouseStatus;
}
