import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MoneyColumn } from '@zhanggui/api-platform';

/** One line of a supplier invoice, billing units of one purchase order line. */
@Entity()
export class SupplierInvoiceLine {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  supplierInvoiceId!: string;

  @Column({ type: 'integer' })
  lineNo!: number;

  @Column({ type: 'uuid' })
  purchaseOrderLineId!: string;

  @Column({ type: 'integer' })
  quantity!: number;

  @MoneyColumn()
  unitPrice!: number;
}
