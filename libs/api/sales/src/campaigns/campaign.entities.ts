import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { MoneyColumn, NotAudited, VersionedEntity } from '@zhanggui/api-platform';
import type { CampaignStatus } from './campaign-statuses';

export const CAMPAIGN_CHANNELS = ['online', 'offline'] as const;
export type CampaignChannel = (typeof CAMPAIGN_CHANNELS)[number];

/** A campaign plan (企划): where, when, with which promotions and how much money, and what it should bring. */
@Entity()
export class Campaign extends VersionedEntity {
  /** `CP-20261128-0001`. */
  @Column({ type: 'varchar', length: 24, update: false })
  number!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 8 })
  channel!: CampaignChannel;

  @Column({ type: 'varchar', length: 16 })
  status!: CampaignStatus;

  /** Beijing calendar days, both included. */
  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  @MoneyColumn()
  budget!: number;

  /** The revenue the plan promises; null when the plan sets none. */
  @MoneyColumn({ nullable: true })
  targetRevenue!: number | null;

  @Column({ type: 'char', length: 3, default: 'CNY' })
  currency!: string;

  /** Provinces, regions or cities; each covers everything below it. */
  @Column({ type: 'uuid', array: true })
  territoryIds!: string[];

  /** Catalog promotions whose orders count as the campaign's. */
  @Column({ type: 'uuid', array: true })
  promotionIds!: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  slogans!: string[];

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note!: string | null;
}

/** One status change with who made it and why. Append-only. */
@Entity()
@NotAudited()
export class CampaignHistory {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  campaignId!: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStatus!: CampaignStatus | null;

  @Column({ type: 'varchar', length: 16 })
  toStatus!: CampaignStatus;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note!: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

/** A creative (poster, banner artwork) kept in file storage; the row is written after the file. */
@Entity()
export class CampaignAsset {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  campaignId!: string;

  @Column({ type: 'varchar', length: 300 })
  storageKey!: string;

  @Column({ type: 'varchar', length: 40 })
  contentType!: string;

  @Column({ type: 'integer' })
  bytes!: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  fileName!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

/** Visits of one day from one source, as last reported: a new report of the same day replaces the count. */
@Entity()
@NotAudited()
export class CampaignVisit {
  @PrimaryColumn({ type: 'uuid' })
  campaignId!: string;

  @PrimaryColumn({ type: 'date' })
  visitDate!: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  source!: string;

  @Column({ type: 'integer' })
  visits!: number;

  @Column({ type: 'timestamptz', precision: 3 })
  reportedAt!: Date;
}
