import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';
import type { TicketCategory } from '../tickets/ticket-states';

/** A canned reply (客服答客户问标准) with placeholders such as {{customerName}} filled from the ticket. */
@Entity('standard_answer')
export class StandardAnswer extends VersionedEntity {
  @Column({ type: 'varchar', length: 32 }) code!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'varchar', length: 16 }) category!: TicketCategory;
  @Column({ type: 'text' }) body!: string;
  @Column({ type: 'text', array: true, default: () => `'{}'` }) tags!: string[];
  @Column({ type: 'boolean', default: true }) active!: boolean;
  @Column({ type: 'integer', default: 0 }) useCount!: number;
  @Column({ type: 'text', default: '' }) searchText!: string;
}
