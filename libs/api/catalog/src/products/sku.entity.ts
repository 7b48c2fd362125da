import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';

export type SkuStatus = 'active' | 'discontinued';

/** One sellable variant: what stock is counted in and orders are placed for. */
@Entity()
export class Sku extends VersionedEntity {
  @Column({ type: 'uuid' })
  productId!: string;

  /** The company's code for it, unique; what integrations and warehouse staff use. */
  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  name!: string | null;

  /** Variant attributes such as {颜色: 黑色, 尺码: XL}. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  attributes!: Record<string, string>;

  @Column({ type: 'varchar', length: 32, nullable: true })
  barcode!: string | null;

  @Column({ type: 'varchar', length: 16, default: '件' })
  unit!: string;

  @Column({ type: 'integer', nullable: true })
  weightGrams!: number | null;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: SkuStatus;
}
