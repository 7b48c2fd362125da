import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { NotAudited } from '@zhanggui/api-platform';

/** Raised when available stock crosses below the reorder point; resolved when it climbs back. */
@Entity()
@NotAudited()
export class StockAlert {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  skuId!: string;

  @Column({ type: 'uuid' })
  warehouseId!: string;

  /** Available stock when the alert was raised. */
  @Column({ type: 'integer' })
  available!: number;

  @Column({ type: 'integer' })
  reorderPoint!: number;

  @Column({ type: 'timestamptz', precision: 3 })
  raisedAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  resolvedAt!: Date | null;
}
