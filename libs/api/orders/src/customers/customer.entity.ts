import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';

export const CUSTOMER_SOURCES = ['website', 'customer_service', 'franchise'] as const;
export type CustomerSource = (typeof CUSTOMER_SOURCES)[number];
export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const CONSENT_CHANNELS = ['website', 'phone', 'sms', 'wechat', 'email', 'in_person'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];
export type CustomerStatus = 'active' | 'merged';
/** Where the territory came from: the default address's city, or a person who set it. */
export type TerritorySource = 'address' | 'manual';

/** Someone who buys from the shop; becomes a member (会员) by registering. */
@Entity()
export class Customer extends VersionedEntity {
  /** Human number, C-000123. */
  @Column({ type: 'varchar', length: 16, update: false })
  number!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** Bare 11 digits (phone.ts). */
  @Column({ type: 'varchar', length: 11 })
  phone!: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  gender!: Gender | null;

  /** `YYYY-MM-DD` (a date, not a moment). */
  @Column({ type: 'date', nullable: true })
  birthday!: string | null;

  @Column({ type: 'varchar', length: 24 })
  source!: CustomerSource;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  tags!: string[];

  @Column({ type: 'uuid', nullable: true })
  territoryId!: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  territorySource!: TerritorySource | null;

  @Column({ type: 'boolean', default: false })
  marketingConsent!: boolean;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  marketingConsentAt!: Date | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  marketingConsentChannel!: ConsentChannel | null;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: CustomerStatus;

  /** Set when this record was merged into another (a duplicate); reads follow it. */
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId!: string | null;
}
