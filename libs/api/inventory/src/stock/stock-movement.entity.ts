import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { NotAudited } from '@zhanggui/api-platform';

export const MOVEMENT_KINDS = [
  'receipt',
  'reservation',
  'release',
  'shipment',
  'return',
  'adjustment',
  'stocktake',
  'transfer_out',
  'transfer_in',
] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/** One change of a stock balance. Append-only (a trigger refuses UPDATE and DELETE); itself the trail. */
@Entity()
@NotAudited()
export class StockMovement {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'uuid' })
  skuId!: string;

  @Column({ type: 'uuid' })
  warehouseId!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: MovementKind;

  @Column({ type: 'integer' })
  onHandDelta!: number;

  @Column({ type: 'integer' })
  reservedDelta!: number;

  @Column({ type: 'integer' })
  onHandAfter!: number;

  @Column({ type: 'integer' })
  reservedAfter!: number;

  @Column({ type: 'varchar', length: 32 })
  sourceType!: string;

  @Column({ type: 'varchar', length: 64 })
  sourceId!: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  sourceNumber!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  @Column({ type: 'varchar', length: 16 })
  actorKind!: 'user' | 'api-key' | 'system';

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  actorLabel!: string | null;
}
