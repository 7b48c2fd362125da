import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A note on an order: `internal` remarks are for staff only (never shown to the website). */
@Entity({ name: 'sales_order_note' })
export class OrderNote {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  orderId!: string;

  @Column({ type: 'varchar', length: 2000 })
  text!: string;

  @Column({ type: 'boolean' })
  internal!: boolean;

  @Column({ type: 'varchar', length: 8 })
  authorKind!: string;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  authorLabel!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
