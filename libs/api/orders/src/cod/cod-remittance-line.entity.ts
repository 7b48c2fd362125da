import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MoneyColumn } from '@zhanggui/api-platform';

/** One order's collected cash in a remittance; an order can be in one remittance only (unique). */
@Entity({ name: 'cod_remittance_line' })
export class CodRemittanceLine {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  remittanceId!: string;

  @Column({ type: 'uuid' })
  codCollectionId!: string;

  @Column({ type: 'uuid' })
  orderId!: string;

  @MoneyColumn()
  amount!: number;
}
