import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';
import type { AccountType, NormalBalance } from './chart-of-accounts';

/** One account of the chart (会计科目): a first-level account or a sub-account (明细科目) under one. */
@Entity()
export class LedgerAccount extends VersionedEntity {
  /** `1002`, `222101`: the parent's code plus two digits. */
  @Column({ type: 'varchar', length: 16 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  nameZh!: string;

  @Column({ type: 'varchar', length: 100 })
  nameEn!: string;

  @Column({ type: 'varchar', length: 12 })
  type!: AccountType;

  @Column({ type: 'varchar', length: 6 })
  normalBalance!: NormalBalance;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ type: 'smallint' })
  level!: number;

  /** Only leaf accounts (末级科目) take postings. */
  @Column({ type: 'boolean', default: true })
  isLeaf!: boolean;

  /** Seeded by migration; the posting rules rely on it, so it cannot be deactivated. */
  @Column({ type: 'boolean', default: false })
  system!: boolean;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
