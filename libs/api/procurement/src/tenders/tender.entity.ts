import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';

export type TenderStatus = 'open' | 'awarded' | 'cancelled';

/** A request for quotation (招标): items and quantities, invited suppliers, a closing time. */
@Entity()
export class Tender extends VersionedEntity {
  /** `RFQ-20261127-0001`. */
  @Column({ type: 'varchar', length: 24 })
  number!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** Where the goods will be delivered: the awarded order's warehouse. */
  @Column({ type: 'uuid' })
  warehouseId!: string;

  /** Quotes are sealed until this moment, and no quote is accepted after it. */
  @Column({ type: 'timestamptz', precision: 3 })
  closesAt!: Date;

  /** A quote promising a longer lead time is not compliant. */
  @Column({ type: 'integer', nullable: true })
  maxLeadTimeDays!: number | null;

  @Column({ type: 'varchar', length: 16 })
  status!: TenderStatus;

  @Column({ type: 'uuid', nullable: true })
  awardedQuoteId!: string | null;

  /** Required when the award is not the lowest compliant quote. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  awardReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  purchaseOrderId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;
}
