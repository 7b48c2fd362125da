import { Column, Entity } from 'typeorm';
import { MoneyColumn, VersionedEntity } from '@zhanggui/api-platform';

/** A member level (普通会员, 银卡会员…) and the spend from which it applies. */
@Entity()
export class MemberLevel extends VersionedEntity {
  @Column({ type: 'varchar', length: 40 })
  nameZh!: string;

  @Column({ type: 'varchar', length: 60 })
  nameEn!: string;

  /** Completed-order spend over the rolling 12 months, minor units, from which the level applies. */
  @MoneyColumn()
  thresholdAmount!: number;

  @Column({ type: 'char', length: 3, default: 'CNY' })
  currency!: string;

  /** Rebate on paid amounts for the rebate ledger, in basis points (150 = 1.5 %). */
  @Column({ type: 'integer' })
  rebateBps!: number;
}
