import { Injectable } from '@nestjs/common';
import { assertVersionMatches, Page, paginate, TransactionalConnection } from '@zhanggui/api-platform';
import { LedgerAccount } from './account.entity';
import { AccountCodeTakenError, AccountNotFoundError, AccountRuleError } from './ledger.errors';
import type { CreateAccountDto, ListAccountsQuery, UpdateAccountDto } from './dto/account.dto';

/** The chart of accounts: seeded first-level accounts, and the sub-accounts finance adds under them. */
@Injectable()
export class AccountsService {
  constructor(private readonly connection: TransactionalConnection) {}

  async list(query: ListAccountsQuery): Promise<Page<LedgerAccount>> {
    const builder = this.connection.getRepository(LedgerAccount).createQueryBuilder('a');
    if (query.type) builder.andWhere('a.type = :type', { type: query.type });
    if (query.leafOnly) builder.andWhere('a.is_leaf');
    if (query.active !== undefined) builder.andWhere('a.active = :active', { active: query.active });
    if (query.codePrefix) builder.andWhere('a.code LIKE :prefix', { prefix: `${query.codePrefix}%` });
    return paginate(builder, query, {
      sorts: { code: { column: 'a.code', value: (a) => a.code } },
      idColumn: 'a.id',
      idValue: (a) => a.id,
    });
  }

  async get(id: string): Promise<LedgerAccount> {
    const account = await this.connection.getRepository(LedgerAccount).findOneBy({ id });
    if (!account) throw new AccountNotFoundError(id);
    return account;
  }

  async byCode(code: string): Promise<LedgerAccount> {
    const account = await this.connection.getRepository(LedgerAccount).findOneBy({ code });
    if (!account) throw new AccountNotFoundError(code);
    return account;
  }

  /**
   * Adds a sub-account (明细科目) under `parentCode`: its code is the parent's plus two digits, its type and
   * normal balance the parent's. A parent that already carries postings cannot be split (its balance would
   * belong to no sub-account): open the sub-accounts before posting, or transfer the balance first.
   */
  async create(input: CreateAccountDto): Promise<LedgerAccount> {
    const repository = this.connection.getRepository(LedgerAccount);
    const parent = await repository
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.code = :code', { code: input.parentCode })
      .getOne();
    if (!parent)
      throw new AccountRuleError('ACCOUNT_PARENT_UNKNOWN', `No account ${input.parentCode}.`, 'parentCode');
    if (!parent.active)
      throw new AccountRuleError(
        'ACCOUNT_PARENT_INACTIVE',
        `Account ${parent.code} is inactive.`,
        'parentCode',
      );
    if (!input.code.startsWith(parent.code) || input.code.length !== parent.code.length + 2)
      throw new AccountRuleError(
        'ACCOUNT_CODE_NOT_UNDER_PARENT',
        `A sub-account of ${parent.code} has the code ${parent.code}01–${parent.code}99.`,
        'code',
      );
    if (parent.level >= 6)
      throw new AccountRuleError('ACCOUNT_TOO_DEEP', 'At most six levels of accounts.', 'parentCode');
    if (await repository.existsBy({ code: input.code })) throw new AccountCodeTakenError(input.code);
    if (parent.isLeaf) {
      const [used]: Array<{ used: boolean }> = await this.connection.manager.query(
        `SELECT EXISTS (SELECT 1 FROM journal_line WHERE account_id = $1) AS used`,
        [parent.id],
      );
      if (used.used)
        throw new AccountRuleError(
          'ACCOUNT_HAS_POSTINGS',
          `Account ${parent.code} already has postings: its balance cannot be split into sub-accounts.`,
          'parentCode',
        );
      parent.isLeaf = false;
      await repository.save(parent);
    }
    return repository.save(
      repository.create({
        code: input.code,
        nameZh: input.nameZh,
        nameEn: input.nameEn,
        type: parent.type,
        normalBalance: parent.normalBalance,
        parentId: parent.id,
        level: parent.level + 1,
        isLeaf: true,
        system: false,
        active: true,
      }),
    );
  }

  /** Renames an account, or (for accounts finance added) deactivates one whose balance is zero. */
  async update(id: string, changes: UpdateAccountDto, expected?: number[]): Promise<LedgerAccount> {
    const repository = this.connection.getRepository(LedgerAccount);
    const account = await repository
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.id = :id', { id })
      .getOne();
    if (!account) throw new AccountNotFoundError(id);
    assertVersionMatches(`Account ${account.code}`, expected, account.version);
    if (changes.active === false && account.active) {
      if (account.system)
        throw new AccountRuleError(
          'ACCOUNT_SYSTEM',
          `Account ${account.code} is used by the posting rules.`,
          'active',
        );
      const [balance]: Array<{ balance: string }> = await this.connection.manager.query(
        `SELECT coalesce(sum(l.debit - l.credit), 0) AS balance FROM journal_line l
           JOIN ledger_account a ON a.id = l.account_id
          WHERE a.code LIKE $1`,
        [`${account.code}%`],
      );
      if (Number(balance.balance) !== 0)
        throw new AccountRuleError(
          'ACCOUNT_HAS_BALANCE',
          `Account ${account.code} has a balance: transfer it before deactivating.`,
          'active',
        );
    }
    Object.assign(account, {
      nameZh: changes.nameZh ?? account.nameZh,
      nameEn: changes.nameEn ?? account.nameEn,
      active: changes.active ?? account.active,
    });
    return repository.save(account);
  }
}
