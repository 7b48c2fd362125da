import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';

export type WebhookSubscriptionStatus = 'active' | 'paused';

/** A partner's URL and the events it wants, with the secret that signs each delivery. */
@Entity()
export class WebhookSubscription extends VersionedEntity {
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 2000 })
  url!: string;

  /** Event types (`OrderShipped`) or `*` for every event. */
  @Column({ type: 'text', array: true })
  eventTypes!: string[];

  /** Needed in clear to sign deliveries; never selected unless asked for, never returned after creation. */
  @Column({ type: 'varchar', length: 100, select: false })
  signingSecret!: string;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: WebhookSubscriptionStatus;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;
}
