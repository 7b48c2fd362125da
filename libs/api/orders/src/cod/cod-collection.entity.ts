import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MoneyColumn } from '@zhanggui/api-platform';

/** The cash a courier collected for one COD order at delivery. Append-only; one per order. */
@Entity({ name: 'cod_collection' })
export class CodCollection {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  orderId!: string;

  /** The order's territory, so remittances and scopes follow the order. */
  @Column({ type: 'uuid' })
  orgUnitId!: string;

  /** 分 actually collected. */
  @MoneyColumn()
  amount!: number;

  /** 分 the order asked for (its total less what was prepaid, e.g. by rebate). */
  @MoneyColumn()
  expectedAmount!: number;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  /** The courier (a user) holding the cash until it is handed in. */
  @Column({ type: 'uuid' })
  collectedBy!: string;

  /** YYYY-MM-DD in China Standard Time: the day whose remittance it belongs to. */
  @Column({ type: 'date' })
  businessDay!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ type: 'varchar', length: 8 })
  recordedByKind!: string;

  @Column({ type: 'uuid', nullable: true })
  recordedById!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  collectedAt!: Date;
}
