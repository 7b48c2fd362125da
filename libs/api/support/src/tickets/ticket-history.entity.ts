import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TicketStatus } from './ticket-states';

/** The ticket's timeline: every change, who made it and when. Its status entries drive the SLA clocks. */
@Entity('support_ticket_history')
export class TicketHistory {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) ticketId!: string;
  @Column({ type: 'varchar', length: 32 }) action!: string;
  @Column({ type: 'varchar', length: 24, nullable: true }) fromStatus!: TicketStatus | null;
  @Column({ type: 'varchar', length: 24 }) toStatus!: TicketStatus;
  @Column({ type: 'jsonb', default: {} }) data!: Record<string, unknown>;
  @Column({ type: 'varchar', length: 8 }) actorKind!: string;
  @Column({ type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) actorLabel!: string | null;
  @Column({ type: 'timestamptz', precision: 3 }) occurredAt!: Date;
}
