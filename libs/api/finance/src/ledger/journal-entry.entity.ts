import { Column, Entity } from 'typeorm';
import { MoneyColumn, VersionedEntity } from '@zhanggui/api-platform';

export type EntryStatus = 'draft' | 'posted';

/**
 * A journal entry (记账凭证). Automatic entries carry the business document they post
 * (source_type, source_id, purpose) — unique, so a document posts once. Posted entries never change.
 */
@Entity()
export class JournalEntry extends VersionedEntity {
  /** `JV-202611-0001`: numbered per period when posted (drafts have none, so posted numbers have no gaps). */
  @Column({ type: 'varchar', length: 24, nullable: true })
  number!: string | null;

  @Column({ type: 'char', length: 7 })
  period!: string;

  @Column({ type: 'date' })
  entryDate!: string;

  @Column({ type: 'varchar', length: 8 })
  status!: EntryStatus;

  /** 摘要. */
  @Column({ type: 'varchar', length: 200 })
  description!: string;

  @Column({ type: 'char', length: 3, default: 'CNY' })
  currency!: string;

  /** Sum of the debits (= sum of the credits), 分. */
  @MoneyColumn()
  totalAmount!: number;

  @Column({ type: 'varchar', length: 40, nullable: true })
  sourceType!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  sourceId!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  sourceNumber!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  purpose!: string | null;

  @Column({ type: 'uuid', nullable: true })
  reversesId!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  postedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  postedBy!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;
}
