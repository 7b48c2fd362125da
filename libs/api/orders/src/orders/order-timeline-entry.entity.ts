import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { NotAudited } from '@zhanggui/api-platform';

/** One step of an order's story (placed, paid, shipped, edited…): append-only, itself a log. */
@NotAudited()
@Entity({ name: 'sales_order_timeline' })
export class OrderTimelineEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  orderId!: string;

  @Column({ type: 'varchar', length: 24 })
  action!: string;

  @Column({ type: 'varchar', length: 24, nullable: true })
  fromStatus!: string | null;

  @Column({ type: 'varchar', length: 24 })
  toStatus!: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  data!: Record<string, unknown>;

  /** user, api-key or system (the payment provider's callback). */
  @Column({ type: 'varchar', length: 8 })
  actorKind!: string;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  actorLabel!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  occurredAt!: Date;
}
