import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MoneyColumn } from '@zhanggui/api-platform';

/** A price seen at a competitor (京东, a local shop…) on a day: evidence for pricing, never changed. */
@Entity()
export class CompetitorPrice {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  skuId!: string;

  @Column({ type: 'varchar', length: 100 })
  competitor!: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  url!: string | null;

  @MoneyColumn()
  amount!: number;

  @Column({ type: 'char', length: 3, default: 'CNY' })
  currency!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  observedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
