import { Column, Entity } from 'typeorm';
import { MoneyColumn, VersionedEntity } from '@zhanggui/api-platform';
import type { CodRemittanceStatus, DiscrepancyResolution } from './cod-remittance-states';

/** A day's COD cash of one courier or city, handed in to finance (每日回笼). */
@Entity({ name: 'cod_remittance' })
export class CodRemittance extends VersionedEntity {
  /** `REM-20261127-0001`. */
  @Column({ type: 'varchar', length: 24, update: false })
  number!: string;

  @Column({ type: 'uuid' })
  orgUnitId!: string;

  @Column({ type: 'uuid', nullable: true })
  courierId!: string | null;

  @Column({ type: 'date' })
  businessDay!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: CodRemittanceStatus;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'integer' })
  orderCount!: number;

  /** Sum of the collections listed, 分. */
  @MoneyColumn()
  expectedAmount!: number;

  @MoneyColumn({ nullable: true })
  handedInAmount!: number | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  handedInAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  handedInBy!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  confirmedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  confirmedBy!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  discrepancyReason!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  resolution!: DiscrepancyResolution | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  resolvedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedBy!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;
}
