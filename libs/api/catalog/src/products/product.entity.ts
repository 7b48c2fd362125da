import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';
import type { ProductStatus } from './product-listing';

/** A product as the shop sells it; its sellable variants (colour, size) are its SKUs. */
@Entity()
export class Product extends VersionedEntity {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'uuid', nullable: true })
  categoryId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  brandId!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: ProductStatus;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  listedAt!: Date | null;
}
