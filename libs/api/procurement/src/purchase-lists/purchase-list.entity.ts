import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';

/** A purchase list (采购清单): suggested quantities per SKU, edited and approved by the product manager. */
@Entity()
export class PurchaseList extends VersionedEntity {
  /** `PL-20261127-0001`. */
  @Column({ type: 'varchar', length: 24 })
  number!: string;

  /** The sales region whose velocity and stock it plans for; null for the whole company. */
  @Column({ type: 'uuid', nullable: true })
  regionId!: string | null;

  @Column({ type: 'integer' })
  windowDays!: number;

  @Column({ type: 'integer' })
  reviewDays!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: 'draft' | 'approved';

  @Column({ type: 'uuid', nullable: true })
  approvedBy!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  approvedAt!: Date | null;

  /** Draft purchase orders made from it on approval, one per supplier. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  purchaseOrderIds!: string[];

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;
}
