import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';

export const SUPPLIER_STATUSES = ['active', 'suspended', 'archived'] as const;
export type SupplierStatus = (typeof SUPPLIER_STATUSES)[number];

export interface SupplierContact {
  name: string;
  phone?: string;
  email?: string;
}

/** A company we buy from (供应商): who to call, where to pay, on what terms, and how fast they deliver. */
@Entity()
export class Supplier extends VersionedEntity {
  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  contacts!: SupplierContact[];

  @Column({ type: 'varchar', length: 100, nullable: true })
  bankName!: string | null;

  /** Stored in full (finance pays into it); shown masked to everyone without suppliers:bank-read. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  bankAccount!: string | null;

  /** Net days: an invoice is due this many days after its date. */
  @Column({ type: 'integer', default: 30 })
  paymentTermsDays!: number;

  /** Days from order to delivery the supplier usually needs; the purchase list plans with it. */
  @Column({ type: 'integer', default: 7 })
  leadTimeDays!: number;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: SupplierStatus;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;
}
