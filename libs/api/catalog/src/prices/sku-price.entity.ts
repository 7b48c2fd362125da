import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MoneyColumn } from '@zhanggui/api-platform';

export const SALES_CHANNELS = ['website', 'offline', 'wholesale'] as const;
export type SalesChannel = (typeof SALES_CHANNELS)[number];
export type PriceStatus = 'active' | 'pending_approval' | 'rejected';

/**
 * A price of one SKU on one channel from a moment on. Never changed: a new price is a new row, so the table
 * is the full history. The current price is the latest active row whose time has come.
 */
@Entity()
export class SkuPrice {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  skuId!: string;

  @Column({ type: 'varchar', length: 16 })
  channel!: SalesChannel;

  @MoneyColumn()
  amount!: number;

  @Column({ type: 'char', length: 3, default: 'CNY' })
  currency!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  effectiveFrom!: Date;

  @Column({ type: 'varchar', length: 24 })
  status!: PriceStatus;

  /** Set when the price is below the minimum margin and waits for (or got) the general manager's decision. */
  @Column({ type: 'uuid', nullable: true })
  approvalRequestId!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
