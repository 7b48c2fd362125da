import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Page, paginate, TransactionalConnection } from '@zhanggui/api-platform';
import { LedgerAccount } from './account.entity';
import { JournalEntry } from './journal-entry.entity';
import { JournalLine } from './journal-line.entity';
import { AccountsService } from './accounts.service';
import type {
  AccountLedgerPage,
  AccountLedgerQuery,
  JournalEntryResponse,
  JournalEntrySummary,
  JournalLineResponse,
  ListJournalEntriesQuery,
} from './dto/journal-entry.dto';
import type { EntryWithLines } from './ledger.service';
import { periodBounds } from './journal-rules';

/** Reading the journal: the entries list, one entry with its lines, and an account's ledger (明细账). */
@Injectable()
export class JournalQueriesService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly accounts: AccountsService,
  ) {}

  async list(query: ListJournalEntriesQuery): Promise<Page<JournalEntrySummary>> {
    const builder = this.connection.getRepository(JournalEntry).createQueryBuilder('e');
    if (query.period) builder.andWhere('e.period = :period', { period: query.period });
    if (query.status) builder.andWhere('e.status = :status', { status: query.status });
    if (query.sourceType) builder.andWhere('e.source_type = :sourceType', { sourceType: query.sourceType });
    if (query.sourceId) builder.andWhere('e.source_id = :sourceId', { sourceId: query.sourceId });
    if (query.accountCode) {
      builder.andWhere(
        `EXISTS (SELECT 1 FROM journal_line l JOIN ledger_account a ON a.id = l.account_id
                  WHERE l.entry_id = e.id AND a.code LIKE :accountPrefix)`,
        { accountPrefix: `${query.accountCode}%` },
      );
    }
    const page = await paginate(builder, query, {
      sorts: { entryDate: { column: 'e.entry_date', value: (e) => e.entryDate } },
      idColumn: 'e.id',
      idValue: (e) => e.id,
    });
    return { ...page, data: page.data.map(entrySummary) };
  }

  async response({ entry, lines }: EntryWithLines): Promise<JournalEntryResponse> {
    const accounts = await this.connection
      .getRepository(LedgerAccount)
      .findBy({ id: In([...new Set(lines.map((line) => line.accountId))]) });
    const byId = new Map(accounts.map((account) => [account.id, account]));
    const reversal = await this.connection.getRepository(JournalEntry).findOneBy({ reversesId: entry.id });
    return {
      ...entrySummary(entry),
      reversedById: reversal?.id ?? null,
      postedBy: entry.postedBy,
      createdBy: entry.createdBy,
      createdAt: entry.createdAt.toISOString(),
      lines: lines.map((line): JournalLineResponse => {
        const account = byId.get(line.accountId);
        return {
          id: line.id,
          lineNo: line.lineNo,
          accountId: line.accountId,
          accountCode: account?.code ?? '',
          accountNameZh: account?.nameZh ?? '',
          accountNameEn: account?.nameEn ?? '',
          debit: line.debit,
          credit: line.credit,
          currency: line.currency,
          memo: line.memo,
          orgUnitId: line.orgUnitId,
        };
      }),
    };
  }

  /**
   * 明细账: the posted lines of an account (with its sub-accounts) in date order, each with the balance after
   * it. The page's opening balance is one indexed sum over everything before its first row, so page 100
   * costs what page 1 costs.
   */
  async accountLedger(query: AccountLedgerQuery): Promise<AccountLedgerPage> {
    const account = await this.accounts.byCode(query.accountCode);
    const subtree = await this.connection
      .getRepository(LedgerAccount)
      .createQueryBuilder('a')
      .where('a.code LIKE :prefix', { prefix: `${account.code}%` })
      .getMany();
    const ids = subtree.map((a) => a.id);
    const codeOf = new Map(subtree.map((a) => [a.id, a.code]));
    const builder = this.connection
      .getRepository(JournalLine)
      .createQueryBuilder('l')
      .where('l.posted')
      .andWhere('l.account_id = ANY(:ids)', { ids });
    if (query.from) builder.andWhere('l.entry_date >= :from', { from: periodBounds(query.from).startDate });
    if (query.to) builder.andWhere('l.entry_date <= :to', { to: periodBounds(query.to).endDate });
    const page = await paginate(builder, query, {
      sorts: { entryDate: { column: 'l.entry_date', value: (l) => l.entryDate } },
      idColumn: 'l.id',
      idValue: (l) => l.id,
    });
    const sign = account.normalBalance === 'debit' ? 1 : -1;
    const first = page.data[0];
    let opening = 0;
    if (first) {
      const [row]: Array<{ net: string }> = await this.connection.manager.query(
        `SELECT coalesce(sum(debit - credit), 0) AS net FROM journal_line
          WHERE posted AND account_id = ANY($1) AND (entry_date, id) < ($2, $3)`,
        [ids, first.entryDate, first.id],
      );
      opening = Number(row.net) * sign;
    }
    const entries = await this.connection
      .getRepository(JournalEntry)
      .findBy({ id: In([...new Set(page.data.map((line) => line.entryId))]) });
    const entryOf = new Map(entries.map((entry) => [entry.id, entry]));
    let balance = opening;
    return {
      accountCode: account.code,
      normalBalance: account.normalBalance,
      openingBalance: opening,
      nextCursor: page.nextCursor,
      data: page.data.map((line) => {
        balance += (line.debit - line.credit) * sign;
        const entry = entryOf.get(line.entryId);
        return {
          lineId: line.id,
          entryId: line.entryId,
          entryNumber: entry?.number ?? '',
          entryDate: line.entryDate,
          description: entry?.description ?? '',
          memo: line.memo,
          accountCode: codeOf.get(line.accountId) ?? '',
          debit: line.debit,
          credit: line.credit,
          balance,
        };
      }),
    };
  }
}

export function entrySummary(entry: JournalEntry): JournalEntrySummary {
  return {
    id: entry.id,
    number: entry.number,
    period: entry.period,
    entryDate: entry.entryDate,
    status: entry.status,
    description: entry.description,
    totalAmount: entry.totalAmount,
    currency: entry.currency,
    source:
      entry.sourceType && entry.sourceId && entry.purpose
        ? { type: entry.sourceType, id: entry.sourceId, number: entry.sourceNumber, purpose: entry.purpose }
        : null,
    reversesId: entry.reversesId,
    postedAt: entry.postedAt?.toISOString() ?? null,
    version: entry.version,
  };
}
