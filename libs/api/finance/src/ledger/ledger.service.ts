import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  assertVersionMatches,
  AuditWriter,
  beijingDate,
  currentActor,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import type { FieldProblem } from '@zhanggui/api-platform';
import { LedgerAccount } from './account.entity';
import type { AccountingPeriod } from './accounting-period.entity';
import { JournalEntry } from './journal-entry.entity';
import { JournalLine } from './journal-line.entity';
import {
  EntryPostedError,
  EntryReversalError,
  JournalEntryNotFoundError,
  UnbalancedEntryError,
} from './ledger.errors';
import { checkBalanced, compactLines, periodOf, PostingLine, PostingRequest } from './journal-rules';
import { PeriodsService } from './periods.service';

export interface EntryWithLines {
  entry: JournalEntry;
  lines: JournalLine[];
}

export interface DraftInput {
  entryDate: string;
  description: string;
  lines: PostingLine[];
}

/**
 * The one posting service: every money event (orders, procurement, and later payroll, expenses, payment runs,
 * depreciation) posts through `post`, idempotent by its source document; finance's manual entries go
 * draft → posted; corrections are reversals. Checks double entry in code before the database checks it again
 * at commit.
 */
@Injectable()
export class LedgerService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly periods: PeriodsService,
    private readonly audit: AuditWriter,
  ) {}

  /**
   * Posts an automatic entry for a business document, exactly once per (source type, id, purpose): a second
   * call — a redelivered event, or two deliveries at once — answers the entry already there. A date in a
   * closed period lands in the next open one.
   */
  async post(request: PostingRequest): Promise<EntryWithLines & { created: boolean }> {
    return this.connection.withTransaction(async () => {
      const existing = await this.findBySource(request.source);
      if (existing) return { ...(await this.withLines(existing)), created: false };
      const lines = compactLines(request.lines);
      const accounts = await this.postableAccounts(lines, 'lines');
      const { total, problems } = checkBalanced(lines);
      if (problems.length)
        throw new UnbalancedEntryError(`${request.description}: ${problems[0].message}`, problems);
      const period = await this.periods.lockFirstOpenFrom(periodOf(request.date));
      // Whoever held the period lock before us may have posted this very document: look again under the lock.
      const raced = await this.findBySource(request.source);
      if (raced) return { ...(await this.withLines(raced)), created: false };
      const entryDate = period.code === periodOf(request.date) ? request.date : period.startDate;
      const inserted: Array<{ id: string }> = await this.connection.manager.query(
        `INSERT INTO journal_entry (number, period, entry_date, status, description, total_amount,
                                    source_type, source_id, source_number, purpose, posted_at, created_by)
         VALUES ($1, $2, $3, 'posted', $4, $5, $6, $7, $8, $9, now(), $10)
         ON CONFLICT (source_type, source_id, purpose) WHERE source_type IS NOT NULL DO NOTHING
         RETURNING id`,
        [
          await this.periods.nextNumber(period),
          period.code,
          entryDate,
          request.description.slice(0, 200),
          total,
          request.source.type,
          request.source.id,
          request.source.number ?? null,
          request.source.purpose,
          currentActor()?.id ?? null,
        ],
      );
      if (inserted.length === 0) {
        const winner = await this.findBySource(request.source);
        if (!winner) throw new Error('A conflicting posting vanished');
        return { ...(await this.withLines(winner)), created: false };
      }
      await this.insertLines(inserted[0].id, lines, accounts, {
        entryDate,
        period: period.code,
        posted: true,
      });
      const detail = await this.detail(inserted[0].id);
      await this.recordPosting(detail);
      return { ...detail, created: true };
    });
  }

  async createDraft(input: DraftInput): Promise<EntryWithLines> {
    const accounts = await this.postableAccounts(input.lines, 'lines');
    const total = this.assertBalanced(input.lines);
    const period = await this.periods.lockOpen(periodOf(input.entryDate));
    const entry = await this.connection.getRepository(JournalEntry).save(
      this.connection.getRepository(JournalEntry).create({
        number: null,
        period: period.code,
        entryDate: input.entryDate,
        status: 'draft',
        description: input.description,
        currency: 'CNY',
        totalAmount: total,
        sourceType: null,
        sourceId: null,
        sourceNumber: null,
        purpose: null,
        reversesId: null,
        postedAt: null,
        postedBy: null,
        createdBy: currentActor()?.id ?? null,
      }),
    );
    await this.insertLines(entry.id, input.lines, accounts, {
      entryDate: input.entryDate,
      period: period.code,
      posted: false,
    });
    return this.detail(entry.id);
  }

  async updateDraft(id: string, input: DraftInput, expected?: number[]): Promise<EntryWithLines> {
    const entry = await this.lockEntry(id, expected);
    if (entry.status === 'posted') throw new EntryPostedError(entry.number ?? id);
    const accounts = await this.postableAccounts(input.lines, 'lines');
    const total = this.assertBalanced(input.lines);
    const period = await this.periods.lockOpen(periodOf(input.entryDate));
    await this.connection.getRepository(JournalLine).delete({ entryId: id });
    Object.assign(entry, {
      entryDate: input.entryDate,
      period: period.code,
      description: input.description,
      totalAmount: total,
    });
    await this.connection.getRepository(JournalEntry).save(entry);
    await this.insertLines(id, input.lines, accounts, {
      entryDate: input.entryDate,
      period: period.code,
      posted: false,
    });
    return this.detail(id);
  }

  async deleteDraft(id: string, expected?: number[]): Promise<void> {
    const entry = await this.lockEntry(id, expected);
    if (entry.status === 'posted') throw new EntryPostedError(entry.number ?? id);
    await this.connection.getRepository(JournalEntry).remove(entry);
  }

  /** Posts a draft: it gets its voucher number and never changes again. */
  async postDraft(id: string, expected?: number[]): Promise<EntryWithLines> {
    const entry = await this.lockEntry(id, expected);
    if (entry.status === 'posted') throw new EntryPostedError(entry.number ?? id);
    const period = await this.periods.lockOpen(entry.period);
    const lines = await this.connection.getRepository(JournalLine).findBy({ entryId: id });
    // An account may have been deactivated or split since the draft was written.
    await this.postableAccounts(await this.codesOf(lines), 'lines');
    await this.connection.getRepository(JournalLine).update({ entryId: id }, { posted: true });
    Object.assign(entry, {
      status: 'posted',
      number: await this.periods.nextNumber(period),
      postedAt: new Date(),
      postedBy: currentActor()?.id ?? null,
    });
    await this.connection.getRepository(JournalEntry).save(entry);
    return this.detail(id);
  }

  /**
   * Reverses a posted entry (红字冲销, written as the mirror entry): debits and credits swapped, dated today
   * (or the date given) in an open period, linked to the original. An entry is reversed at most once.
   */
  async reverse(id: string, reason: string, date?: string): Promise<EntryWithLines> {
    return this.connection.withTransaction(() => this.reverseInTransaction(id, reason, date));
  }

  private async reverseInTransaction(id: string, reason: string, date?: string): Promise<EntryWithLines> {
    const original = await this.get(id);
    if (original.status !== 'posted')
      throw new EntryReversalError(`Only posted entries are reversed; delete or edit the draft instead.`);
    if (original.reversesId)
      throw new EntryReversalError(`${original.number} is itself a reversal; post a new entry instead.`);
    const lines = await this.connection.getRepository(JournalLine).find({
      where: { entryId: id },
      order: { lineNo: 'ASC' },
    });
    const codes = await this.codesOf(lines);
    const entryDate = date ?? beijingDate(new Date());
    const period = await this.periods.lockOpen(periodOf(entryDate), 'date');
    const existing = await this.connection.getRepository(JournalEntry).findOneBy({ reversesId: id });
    if (existing)
      throw new EntryReversalError(`${original.number} is already reversed by ${existing.number}.`);
    const accounts = await this.accountsByCode(codes.map((line) => line.accountCode));
    const [row]: Array<{ id: string }> = await this.connection.manager.query(
      `INSERT INTO journal_entry (number, period, entry_date, status, description, total_amount,
                                  source_type, source_id, source_number, purpose, reverses_id, posted_at,
                                  posted_by, created_by)
       VALUES ($1, $2, $3, 'posted', $4, $5, 'journal_entry', $6::text, $7, 'reversal', $6::uuid, now(), $8, $8)
       RETURNING id`,
      [
        await this.periods.nextNumber(period),
        period.code,
        entryDate,
        `冲销 ${original.number}：${reason}`.slice(0, 200),
        original.totalAmount,
        id,
        original.number,
        currentActor()?.id ?? null,
      ],
    );
    await this.insertLines(
      row.id,
      codes.map((line) => ({ ...line, debit: line.credit, credit: line.debit })),
      accounts,
      { entryDate, period: period.code, posted: true },
    );
    const detail = await this.detail(row.id);
    await this.recordPosting(detail);
    return detail;
  }

  async get(id: string): Promise<JournalEntry> {
    const entry = await this.connection.getRepository(JournalEntry).findOneBy({ id });
    if (!entry) throw new JournalEntryNotFoundError(id);
    return entry;
  }

  async detail(id: string): Promise<EntryWithLines> {
    return this.withLines(await this.get(id));
  }

  async findBySource(source: { type: string; id: string; purpose: string }): Promise<JournalEntry | null> {
    return this.connection
      .getRepository(JournalEntry)
      .findOneBy({ sourceType: source.type, sourceId: source.id, purpose: source.purpose });
  }

  /** The reversal of an entry, if any (the original never changes, so the link lives on the reversal). */
  async reversalOf(id: string): Promise<JournalEntry | null> {
    return this.connection.getRepository(JournalEntry).findOneBy({ reversesId: id });
  }

  /** Entries posted by SQL (automatic ones, reversals) get the audit row the entity API would have written. */
  private async recordPosting({ entry, lines }: EntryWithLines): Promise<void> {
    await this.audit.record({
      action: 'create',
      entityType: 'JournalEntry',
      entityId: entry.id,
      changes: {
        number: { to: entry.number },
        period: { to: entry.period },
        status: { to: entry.status },
        totalAmount: { to: entry.totalAmount },
        source: { to: entry.sourceType ? `${entry.sourceType}:${entry.sourceId}:${entry.purpose}` : null },
        lines: { to: lines.length },
      },
    });
  }

  private async withLines(entry: JournalEntry): Promise<EntryWithLines> {
    const lines = await this.connection
      .getRepository(JournalLine)
      .find({ where: { entryId: entry.id }, order: { lineNo: 'ASC' } });
    return { entry, lines };
  }

  private async lockEntry(id: string, expected?: number[]): Promise<JournalEntry> {
    const entry = await this.connection
      .getRepository(JournalEntry)
      .createQueryBuilder('e')
      .setLock('pessimistic_write')
      .where('e.id = :id', { id })
      .getOne();
    if (!entry) throw new JournalEntryNotFoundError(id);
    assertVersionMatches(`Journal entry ${entry.number ?? entry.id}`, expected, entry.version);
    return entry;
  }

  private assertBalanced(lines: PostingLine[]): number {
    const { total, problems } = checkBalanced(lines);
    if (problems.length)
      throw new UnbalancedEntryError(`The entry does not balance: ${problems[0].message}.`, problems);
    return total;
  }

  private async accountsByCode(codes: string[]): Promise<Map<string, LedgerAccount>> {
    const rows = await this.connection.getRepository(LedgerAccount).findBy({ code: In([...new Set(codes)]) });
    return new Map(rows.map((account) => [account.code, account]));
  }

  /** The accounts of the lines, each of which must exist, be active and be a leaf (末级科目). */
  private async postableAccounts(lines: PostingLine[], field: string): Promise<Map<string, LedgerAccount>> {
    const accounts = await this.accountsByCode(lines.map((line) => line.accountCode));
    const problems: FieldProblem[] = [];
    lines.forEach((line, index) => {
      const account = accounts.get(line.accountCode);
      const at = `${field}.${index}.accountCode`;
      if (!account) problems.push({ field: at, message: `no account ${line.accountCode}` });
      else if (!account.active)
        problems.push({ field: at, message: `account ${line.accountCode} is inactive` });
      else if (!account.isLeaf)
        problems.push({
          field: at,
          message: `account ${line.accountCode} has sub-accounts: post to one of them`,
        });
    });
    if (problems.length)
      throw new UnbalancedEntryError(`Some lines cannot be posted: ${problems[0].message}.`, problems);
    return accounts;
  }

  private async codesOf(lines: JournalLine[]): Promise<PostingLine[]> {
    const accounts = await this.connection
      .getRepository(LedgerAccount)
      .findBy({ id: In([...new Set(lines.map((line) => line.accountId))]) });
    const codeOf = new Map(accounts.map((account) => [account.id, account.code]));
    return lines.map((line) => ({
      accountCode: codeOf.get(line.accountId) ?? '',
      debit: line.debit,
      credit: line.credit,
      memo: line.memo ?? undefined,
      orgUnitId: line.orgUnitId,
    }));
  }

  private async insertLines(
    entryId: string,
    lines: PostingLine[],
    accounts: Map<string, LedgerAccount>,
    placement: { entryDate: string; period: string; posted: boolean },
  ): Promise<void> {
    const repository = this.connection.getRepository(JournalLine);
    await repository.insert(
      lines.map((line, index) =>
        repository.create({
          entryId,
          lineNo: index + 1,
          accountId: accounts.get(line.accountCode)!.id,
          debit: line.debit ?? 0,
          credit: line.credit ?? 0,
          currency: 'CNY',
          memo: line.memo?.slice(0, 200) ?? null,
          orgUnitId: line.orgUnitId ?? null,
          ...placement,
        }),
      ),
    );
  }
}

export type { AccountingPeriod };
