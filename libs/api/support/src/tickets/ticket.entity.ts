import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';
import type { TicketCategory, TicketChannel, TicketPriority, TicketStatus } from './ticket-states';

/** A customer's question or problem (工单), worked in a queue by an agent under an SLA policy. */
@Entity('support_ticket')
export class Ticket extends VersionedEntity {
  /** `TK-20261127-0001`. */
  @Column({ type: 'varchar', length: 24, update: false }) number!: string;
  @Column({ type: 'varchar', length: 200 }) subject!: string;
  @Column({ type: 'varchar', length: 8 }) channel!: TicketChannel;
  @Column({ type: 'uuid' }) customerId!: string;
  @Column({ type: 'uuid', nullable: true }) orderId!: string | null;
  @Column({ type: 'uuid', nullable: true }) returnId!: string | null;
  @Column({ type: 'varchar', length: 16 }) category!: TicketCategory;
  @Column({ type: 'varchar', length: 8 }) priority!: TicketPriority;
  @Column({ type: 'varchar', length: 24 }) status!: TicketStatus;
  @Column({ type: 'uuid' }) queueId!: string;
  @Column({ type: 'uuid', nullable: true }) assigneeId!: string | null;
  @Column({ type: 'text', array: true, default: () => `'{}'` }) tags!: string[];
  @Column({ type: 'uuid', nullable: true }) slaPolicyId!: string | null;
  /** Kept current at every change and by the SLA check, so the queue sorts by urgency in SQL. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) firstResponseDueAt!: Date | null;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) resolutionDueAt!: Date | null;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) firstRespondedAt!: Date | null;
  /** Business minutes to the first public reply, fixed when it is sent. */
  @Column({ type: 'integer', nullable: true }) firstResponseMinutes!: number | null;
  @Column({ type: 'boolean', default: false }) firstResponseBreached!: boolean;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) resolvedAt!: Date | null;
  @Column({ type: 'integer', nullable: true }) resolutionMinutes!: number | null;
  @Column({ type: 'boolean', default: false }) resolutionBreached!: boolean;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) closedAt!: Date | null;
  @Column({ type: 'integer', default: 0 }) reopenCount!: number;
  @Column({ type: 'smallint', nullable: true }) satisfactionScore!: number | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) satisfactionComment!: string | null;
}
