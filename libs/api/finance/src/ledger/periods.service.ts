import { Injectable } from '@nestjs/common';
import { AuditWriter, currentActor, TransactionalConnection } from '@zhanggui/api-platform';
import { AccountingPeriod } from './accounting-period.entity';
import { PeriodClosedError, PeriodNotFoundError, PeriodStateError } from './ledger.errors';
import { nextPeriod, periodBounds } from './journal-rules';

/**
 * Monthly accounting periods. A period opens by itself on its first posting; finance closes it once the
 * trial balance is right; reopening a closed month is a separate permission (the general manager's) and is
 * audited with its reason. The period row is the lock postings and closing take, so a close and a posting
 * into the same month never interleave.
 */
@Injectable()
export class PeriodsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditWriter,
  ) {}

  async list(): Promise<AccountingPeriod[]> {
    return this.connection.getRepository(AccountingPeriod).find({ order: { code: 'DESC' } });
  }

  async get(code: string): Promise<AccountingPeriod> {
    const period = await this.connection.getRepository(AccountingPeriod).findOneBy({ code });
    if (!period) throw new PeriodNotFoundError(code);
    return period;
  }

  /** Creates the period when missing and locks its row for the rest of the transaction. */
  async lock(code: string): Promise<AccountingPeriod> {
    const { startDate, endDate } = periodBounds(code);
    await this.connection.manager.query(
      `INSERT INTO accounting_period (code, start_date, end_date) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING`,
      [code, startDate, endDate],
    );
    const period = await this.connection
      .getRepository(AccountingPeriod)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.code = :code', { code })
      .getOne();
    if (!period) throw new PeriodNotFoundError(code);
    return period;
  }

  /** Locks an open period for a manual posting; a closed one is refused. */
  async lockOpen(code: string, field = 'entryDate'): Promise<AccountingPeriod> {
    const period = await this.lock(code);
    if (period.status === 'closed') throw new PeriodClosedError(code, field);
    return period;
  }

  /**
   * For automatic postings dated in a closed month: the first open month after it (the money event happened,
   * but the books of its month are final — the posting lands in the next open period, dated its first day).
   */
  async lockFirstOpenFrom(code: string): Promise<AccountingPeriod> {
    let candidate = code;
    for (let guard = 0; guard < 120; guard++) {
      const period = await this.lock(candidate);
      if (period.status === 'open') return period;
      candidate = nextPeriod(candidate);
    }
    throw new PeriodClosedError(code);
  }

  /** The next voucher number of a locked period: `JV-202611-0001`. */
  async nextNumber(period: AccountingPeriod): Promise<string> {
    // TypeORM answers an UPDATE … RETURNING as [rows, affected count].
    const [rows]: [Array<{ entry_sequence: number }>, number] = await this.connection.manager.query(
      `UPDATE accounting_period SET entry_sequence = entry_sequence + 1 WHERE id = $1 RETURNING entry_sequence`,
      [period.id],
    );
    const row = rows[0];
    period.entrySequence = row.entry_sequence;
    return `JV-${period.code.replace('-', '')}-${String(row.entry_sequence).padStart(4, '0')}`;
  }

  async close(code: string, checkTrialBalance: (code: string) => Promise<void>): Promise<AccountingPeriod> {
    const period = await this.lock(code);
    if (period.status === 'closed')
      throw new PeriodStateError('PERIOD_ALREADY_CLOSED', `Period ${code} is closed.`);
    const [earlier]: Array<{ code: string }> = await this.connection.manager.query(
      `SELECT code FROM accounting_period WHERE code < $1 AND status = 'open' ORDER BY code LIMIT 1`,
      [code],
    );
    if (earlier)
      throw new PeriodStateError(
        'PERIOD_EARLIER_OPEN',
        `Close ${earlier.code} first: periods close in order.`,
      );
    const [drafts]: Array<{ count: number }> = await this.connection.manager.query(
      `SELECT count(*)::int AS count FROM journal_entry WHERE period = $1 AND status = 'draft'`,
      [code],
    );
    if (drafts.count > 0)
      throw new PeriodStateError(
        'PERIOD_HAS_DRAFTS',
        `Period ${code} has ${drafts.count} draft entries: post or delete them before closing.`,
      );
    await checkTrialBalance(code);
    Object.assign(period, { status: 'closed', closedAt: new Date(), closedBy: currentActor()?.id ?? null });
    return this.connection.getRepository(AccountingPeriod).save(period);
  }

  async reopen(code: string, reason: string): Promise<AccountingPeriod> {
    const period = await this.lock(code);
    if (period.status === 'open') throw new PeriodStateError('PERIOD_NOT_CLOSED', `Period ${code} is open.`);
    const [later]: Array<{ code: string }> = await this.connection.manager.query(
      `SELECT code FROM accounting_period WHERE code > $1 AND status = 'closed' ORDER BY code DESC LIMIT 1`,
      [code],
    );
    if (later) throw new PeriodStateError('PERIOD_LATER_CLOSED', `Reopen ${later.code} first.`);
    Object.assign(period, {
      status: 'open',
      reopenedAt: new Date(),
      reopenedBy: currentActor()?.id ?? null,
      reopenReason: reason,
    });
    const saved = await this.connection.getRepository(AccountingPeriod).save(period);
    // The entity audit records the change; this row says why, for the auditor reading the log.
    await this.audit.record({
      action: 'reopen',
      entityType: 'AccountingPeriod',
      entityId: saved.id,
      changes: { status: { from: 'closed', to: 'open' }, reason: { to: reason } },
    });
    return saved;
  }
}
