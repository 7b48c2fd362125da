import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A file attached to a ticket (a photo of a damaged parcel, an invoice), kept in the platform FileStorage. */
@Entity('support_ticket_attachment')
export class TicketAttachment {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) ticketId!: string;
  @Column({ type: 'uuid', nullable: true }) messageId!: string | null;
  @Column({ type: 'varchar', length: 200 }) fileName!: string;
  @Column({ type: 'varchar', length: 100 }) contentType!: string;
  @Column({ type: 'integer' }) bytes!: number;
  @Column({ type: 'varchar', length: 200 }) storageKey!: string;
  @Column({ type: 'uuid', nullable: true }) uploadedBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
