import { Injectable, Logger } from '@nestjs/common';
import { beijingDate, EventBus, TransactionalConnection } from '@zhanggui/api-platform';
import { addDays, daysBetween } from './contract-dates';
import { ContractHistory } from './contract-history';
import { Contract } from './contract.entity';
import { CONTRACT_EXPIRING, ContractExpiringPayload } from './contracts.events';

/** Reminders go out this many days before a contract ends: time to renegotiate, then a last call. */
export const CONTRACT_REMINDER_THRESHOLDS = [30, 7] as const;

/** The daily chore: active contracts past their end expire; those nearing it are reminded about once per threshold. */
@Injectable()
export class ContractRemindersService {
  private readonly logger = new Logger('ContractReminders');

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly events: EventBus,
    private readonly history: ContractHistory,
  ) {}

  private get contracts() {
    return this.connection.getRepository(Contract);
  }

  /** Idempotent: the reminder rows are the proof of what was sent, so the job may run any number of times. */
  async run(today = beijingDate(new Date())): Promise<{ reminded: number; expired: number }> {
    const expired = await this.connection.withTransaction(async () => {
      const past = await this.contracts
        .createQueryBuilder('c')
        .where(`c.status = 'active' AND c.ends_on < :today`, { today })
        .setLock('pessimistic_write')
        .getMany();
      for (const contract of past) {
        contract.status = 'expired';
        await this.contracts.save(contract);
        await this.history.record(contract.id, { action: 'expired', from: 'active', to: 'expired' });
      }
      return past.length;
    });
    const due: Array<{ id: string }> = await this.connection.manager.query(
      `SELECT id FROM contract WHERE status = 'active' AND ends_on BETWEEN $1 AND $2 ORDER BY ends_on, id`,
      [today, addDays(today, Math.max(...CONTRACT_REMINDER_THRESHOLDS))],
    );
    let reminded = 0;
    for (const { id } of due) {
      if (await this.connection.withTransaction(() => this.remindOne(id, today))) reminded++;
    }
    if (reminded || expired) this.logger.log({ reminded, expired }, 'Contract expiry reminders');
    return { reminded, expired };
  }

  private async remindOne(id: string, today: string): Promise<boolean> {
    const contract = await this.contracts.findOneBy({ id });
    if (!contract || contract.status !== 'active') return false;
    const daysLeft = daysBetween(today, contract.endsOn);
    const crossed = CONTRACT_REMINDER_THRESHOLDS.filter((t) => daysLeft <= t);
    if (!crossed.length) return false;
    const inserted: unknown[] = await this.connection.manager.query(
      `INSERT INTO contract_expiry_reminder (contract_id, ends_on, days_before)
       SELECT $1, $2, t FROM unnest($3::int[]) AS t
       ON CONFLICT ON CONSTRAINT contract_expiry_reminder_key DO NOTHING RETURNING id`,
      [contract.id, contract.endsOn, crossed],
    );
    if (!inserted.length) return false;
    await this.events.publish<ContractExpiringPayload>(CONTRACT_EXPIRING, {
      contractId: contract.id,
      number: contract.number,
      title: contract.title,
      counterpartyName: contract.counterpartyName,
      ownerId: contract.ownerId,
      orgUnitId: contract.orgUnitId,
      endsOn: contract.endsOn,
      daysLeft,
    });
    await this.history.record(contract.id, { action: 'expiry reminder', note: `${daysLeft} days left` });
    return true;
  }
}
