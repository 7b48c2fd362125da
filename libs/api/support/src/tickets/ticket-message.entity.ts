import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** reply: public, sent to the customer; note: internal, agents only; customer: what the customer wrote. */
export const MESSAGE_KINDS = ['reply', 'note', 'customer'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** One entry of a ticket's thread. Append-only (the database refuses changes). */
@Entity('support_ticket_message')
export class TicketMessage {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) ticketId!: string;
  @Column({ type: 'varchar', length: 8 }) kind!: MessageKind;
  @Column({ type: 'text' }) body!: string;
  @Column({ type: 'uuid', nullable: true }) standardAnswerId!: string | null;
  @Column({ type: 'varchar', length: 8 }) authorKind!: string;
  @Column({ type: 'uuid', nullable: true }) authorId!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) authorLabel!: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
