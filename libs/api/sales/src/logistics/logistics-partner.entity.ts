import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';

export const LOGISTICS_PARTNER_STATUSES = ['active', 'suspended', 'ended'] as const;
export type LogisticsPartnerStatus = (typeof LOGISTICS_PARTNER_STATUSES)[number];

export interface LogisticsContact {
  name: string;
  phone?: string;
  role?: string;
}

/** A carrier (配送物流) serving a region: which of its cities it delivers to, on what terms. */
@Entity()
export class LogisticsPartner extends VersionedEntity {
  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** The region (org unit) whose cities it serves; data scopes are checked against it. */
  @Column({ type: 'uuid' })
  regionId!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  contacts!: LogisticsContact[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  cityIds!: string[];

  @Column({ type: 'varchar', length: 2000, nullable: true })
  terms!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: LogisticsPartnerStatus;
}
