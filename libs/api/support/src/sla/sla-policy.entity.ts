import { Column, Entity } from 'typeorm';
import { VersionedEntity, WorkingHours } from '@zhanggui/api-platform';
import type { TicketCategory, TicketPriority } from '../tickets/ticket-states';

/**
 * Targets for tickets of a priority and/or category (null = any), counted in business minutes over the
 * company calendar with the desk's own hours. The most specific active policy applies.
 */
@Entity('sla_policy')
export class SlaPolicy extends VersionedEntity {
  @Column({ type: 'varchar', length: 100 }) name!: string;
  @Column({ type: 'varchar', length: 8, nullable: true }) priority!: TicketPriority | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) category!: TicketCategory | null;
  @Column({ type: 'integer' }) firstResponseMinutes!: number;
  @Column({ type: 'integer' }) resolutionMinutes!: number;
  @Column({ type: 'jsonb' }) deskHours!: WorkingHours[];
  @Column({ type: 'boolean', default: true }) active!: boolean;
}
