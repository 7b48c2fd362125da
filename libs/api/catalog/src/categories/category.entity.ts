import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';

export type CatalogStatus = 'active' | 'archived';

/** A node of the category tree (手机配件 → 手机壳). */
@Entity()
export class Category extends VersionedEntity {
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ type: 'integer', default: 0 })
  sortOrder!: number;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: CatalogStatus;
}
