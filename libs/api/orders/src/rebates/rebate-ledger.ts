import { Injectable } from '@nestjs/common';
import { currentActor, TransactionalConnection } from '@zhanggui/api-platform';
import type { RebateKind } from './rebate-entry.entity';
import { RebateBalanceInsufficientError } from './rebate.errors';

export interface LedgerWrite {
  customerId: string;
  kind: RebateKind;
  /** Positive 分; the ledger signs it by kind. */
  amount: number;
  sourceKey: string;
  orderId?: string | null;
  rateBps?: number | null;
  note?: string | null;
  occurredAt?: Date;
}

const CREDITS: readonly RebateKind[] = ['earned', 'restored'];

/**
 * The rebate ledger's primitives. Every write first takes the customer's ledger lock (a transaction-scoped
 * advisory lock), so balance checks and appends of one customer run one at a time: two redemptions racing
 * for the same balance cannot both pass. The trigger's `balance_after >= 0` check is the last word.
 */
@Injectable()
export class RebateLedger {
  constructor(private readonly connection: TransactionalConnection) {}

  async lock(customerId: string): Promise<void> {
    await this.connection.manager.query(
      `SELECT pg_advisory_xact_lock(hashtextextended('rebate:' || $1, 0))`,
      [customerId],
    );
  }

  /** The balance: the sum of the ledger, nothing else. */
  async balance(customerId: string): Promise<number> {
    const [row]: Array<{ balance: string }> = await this.connection.manager.query(
      `SELECT COALESCE(sum(amount), 0)::text AS balance FROM rebate_entry WHERE customer_id = $1`,
      [customerId],
    );
    return Number(row.balance);
  }

  /** Appends an entry (the caller holds the lock); null when its source was recorded before. */
  async append(write: LedgerWrite): Promise<{ id: string; amount: number } | null> {
    if (!Number.isSafeInteger(write.amount) || write.amount <= 0) return null;
    const signed = CREDITS.includes(write.kind) ? write.amount : -write.amount;
    const actor = currentActor();
    const rows: Array<{ id: string }> = await this.connection.manager.query(
      `INSERT INTO rebate_entry (customer_id, kind, amount, balance_after, order_id, rate_bps, source_key, note,
                                 actor_kind, actor_id, occurred_at)
       VALUES ($1, $2, $3, 0, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (source_key) DO NOTHING RETURNING id`,
      [
        write.customerId,
        write.kind,
        signed,
        write.orderId ?? null,
        write.rateBps ?? null,
        write.sourceKey,
        write.note ?? null,
        actor?.kind ?? 'system',
        actor?.id ?? null,
        write.occurredAt ?? new Date(),
      ],
    );
    return rows[0] ? { id: rows[0].id, amount: write.amount } : null;
  }

  /** A debit that must be covered in full (a redemption). */
  async debit(write: LedgerWrite): Promise<{ id: string; amount: number } | null> {
    await this.lock(write.customerId);
    const balance = await this.balance(write.customerId);
    if (balance < write.amount) throw new RebateBalanceInsufficientError(balance, write.amount);
    return this.append(write);
  }

  /** A debit taken as far as the balance goes (a reversal after the rebate was spent); the amount taken. */
  async debitUpTo(write: LedgerWrite): Promise<number> {
    await this.lock(write.customerId);
    const amount = Math.min(write.amount, await this.balance(write.customerId));
    return (await this.append({ ...write, amount }))?.amount ?? 0;
  }

  async credit(write: LedgerWrite): Promise<{ id: string; amount: number } | null> {
    await this.lock(write.customerId);
    return this.append(write);
  }

  /**
   * Expires what was credited on or before `cutoff` and not spent since: debits use the oldest credits first,
   * so the expiring part is what those old credits exceed all debits by. Running it again expires nothing more.
   */
  async expire(customerId: string, cutoff: Date, now: Date): Promise<number> {
    await this.lock(customerId);
    const [row]: Array<{ old_credits: string; debits: string }> = await this.connection.manager.query(
      `SELECT COALESCE(sum(amount) FILTER (WHERE amount > 0 AND occurred_at <= $2), 0)::text AS old_credits,
              COALESCE(-sum(amount) FILTER (WHERE amount < 0), 0)::text AS debits
         FROM rebate_entry WHERE customer_id = $1`,
      [customerId, cutoff],
    );
    const due = Math.min(
      Math.max(Number(row.old_credits) - Number(row.debits), 0),
      await this.balance(customerId),
    );
    const written = await this.append({
      customerId,
      kind: 'expired',
      amount: due,
      sourceKey: `expire:${customerId}:${now.toISOString()}`,
      note: `credited on or before ${cutoff.toISOString()}`,
      occurredAt: now,
    });
    return written?.amount ?? 0;
  }
}
