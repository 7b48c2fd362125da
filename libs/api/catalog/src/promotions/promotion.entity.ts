import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';
import type { SalesChannel } from '../prices/sku-price.entity';
import type { PromotionStacking } from './promotion-rule';

export const PROMOTION_KINDS = ['percent_off', 'amount_off', 'spend_save', 'buy_x_get_y'] as const;
export type PromotionKind = (typeof PROMOTION_KINDS)[number];
export const PROMOTION_SCOPES = ['order', 'products', 'categories'] as const;
export type PromotionScope = (typeof PROMOTION_SCOPES)[number];
export type PromotionStatus = 'draft' | 'active' | 'paused' | 'archived';

/** What a promotion gives, in minor units where it is money (see promotion-rule.ts for the meaning). */
export interface PromotionParameters {
  basisPoints?: number;
  amount?: number;
  threshold?: number;
  repeat?: boolean;
  buy?: number;
  get?: number;
}

/** A promotion (促销) the planners run: what it gives, on what, when, where, to how many, and how it stacks. */
@Entity()
export class Promotion extends VersionedEntity {
  /** PR-20261127-0001 */
  @Column({ type: 'varchar', length: 24 })
  number!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: PromotionKind;

  @Column({ type: 'varchar', length: 16 })
  targetScope!: PromotionScope;

  /** Product or category ids, by scope; empty for the order. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  targetIds!: string[];

  @Column({ type: 'jsonb' })
  parameters!: PromotionParameters;

  @Column({ type: 'char', length: 3, default: 'CNY' })
  currency!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  startsAt!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  endsAt!: Date;

  @Column({ type: 'text', array: true })
  channels!: SalesChannel[];

  /** Org units (province, region, city) where it applies, with everything under them; empty: everywhere. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  regionIds!: string[];

  @Column({ type: 'integer', nullable: true })
  perCustomerLimit!: number | null;

  @Column({ type: 'integer', nullable: true })
  totalLimit!: number | null;

  @Column({ type: 'integer', default: 0 })
  timesUsed!: number;

  @Column({ type: 'integer', default: 100 })
  priority!: number;

  @Column({ type: 'varchar', length: 16 })
  stacking!: PromotionStacking;

  @Column({ type: 'varchar', length: 40, nullable: true })
  exclusionGroup!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: PromotionStatus;
}
