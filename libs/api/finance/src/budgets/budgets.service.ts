import { Injectable } from '@nestjs/common';
import { OrgUnitsService } from '@zhanggui/api-identity';
import {
  applyDataScope,
  assertVersionMatches,
  beijingDate,
  currentActor,
  EventBus,
  Page,
  paginate,
  scopeAllows,
  TransactionalConnection,
  WHOLE_COMPANY,
} from '@zhanggui/api-platform';
import { fen } from '../expenses/expense-policy';
import { Budget } from './budget.entity';
import { BudgetFigures, BudgetFiguresService } from './budget-figures.service';
import { alertLevelOf, periodOf, utilisationPercent, wouldExceed } from './budget-rules';
import {
  BudgetAccountError,
  BudgetExceededError,
  BudgetNotFoundError,
  BudgetOverrun,
  BudgetTakenError,
  BudgetUnitError,
} from './budgets.errors';
import { BUDGET_THRESHOLD_REACHED, BudgetThresholdReachedPayload } from './budgets.events';
import type { CreateBudgetDto, ListBudgetsQuery, UpdateBudgetDto } from './dto/budget.dto';

export interface BudgetWithFigures {
  budget: Budget;
  figures: BudgetFigures;
}

/** Spending to check against budgets: one claim line's account, cost unit, day and amount. */
export interface Spending {
  accountCode: string;
  orgUnitId: string;
  date: string;
  amount: number;
}

const READ = 'budgets:read';

/** Budgets per org unit, period and expense account; their figures, the 80%/100% alerts and the 费比 check. */
@Injectable()
export class BudgetsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly figures: BudgetFiguresService,
    private readonly orgUnits: OrgUnitsService,
    private readonly events: EventBus,
  ) {}

  private get budgets() {
    return this.connection.getRepository(Budget);
  }

  async list(query: ListBudgetsQuery): Promise<Page<BudgetWithFigures>> {
    const qb = this.budgets.createQueryBuilder('b');
    applyDataScope(qb, 'b.org_unit_id', await this.scope());
    if (query.orgUnitId) qb.andWhere('b.org_unit_id = :orgUnitId', { orgUnitId: query.orgUnitId });
    if (query.periodKind) qb.andWhere('b.period_kind = :periodKind', { periodKind: query.periodKind });
    if (query.accountCode) qb.andWhere('b.account_code = :accountCode', { accountCode: query.accountCode });
    if (query.date) qb.andWhere(':date BETWEEN b.period_start AND b.period_end', { date: query.date });
    const page = await paginate(
      qb,
      { ...query, sort: query.sort ?? '-createdAt' },
      {
        sorts: {
          createdAt: { column: 'b.id', value: (b) => b.id },
          periodStart: { column: 'b.period_start', value: (b) => b.periodStart },
        },
        idColumn: 'b.id',
        idValue: (b) => b.id,
      },
    );
    return { ...page, data: await this.withFigures(page.data) };
  }

  async get(id: string): Promise<BudgetWithFigures> {
    const budget = await this.budgets.findOneBy({ id });
    if (!budget || !scopeAllows(await this.scope(), budget.orgUnitId)) throw new BudgetNotFoundError(id);
    return (await this.withFigures([budget]))[0];
  }

  async create(input: CreateBudgetDto): Promise<BudgetWithFigures> {
    await this.assertUnit(input.orgUnitId);
    await this.assertExpenseAccount(input.accountCode);
    const period = periodOf(input.periodKind, input.periodDate);
    const taken = await this.budgets.findOneBy({
      orgUnitId: input.orgUnitId,
      periodKind: input.periodKind,
      periodStart: period.start,
      accountCode: input.accountCode,
    });
    if (taken) throw new BudgetTakenError(period.label, input.accountCode);
    const budget = await this.budgets.save(
      this.budgets.create({
        orgUnitId: input.orgUnitId,
        periodKind: input.periodKind,
        periodStart: period.start,
        periodEnd: period.end,
        periodLabel: period.label,
        accountCode: input.accountCode,
        amount: input.amount,
        currency: 'CNY',
        alertedLevel: 0,
        note: input.note ?? null,
      }),
    );
    await this.refreshAlerts([budget]);
    return this.get(budget.id);
  }

  async update(id: string, changes: UpdateBudgetDto, expected?: number[]): Promise<BudgetWithFigures> {
    const budget = await this.budgets.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!budget) throw new BudgetNotFoundError(id);
    assertVersionMatches('budget', expected, budget.version);
    if (changes.amount !== undefined) {
      budget.amount = changes.amount;
      // A raised budget may warn again when it is reached again.
      budget.alertedLevel = 0;
    }
    if (changes.note !== undefined) budget.note = changes.note;
    await this.budgets.save(budget);
    await this.refreshAlerts([budget]);
    return this.get(id);
  }

  /** Budgets in the caller's scope whose period contains `date` and whose use is at least `threshold`%. */
  async alerts(threshold: number, date = beijingDate(new Date())): Promise<BudgetWithFigures[]> {
    const qb = this.budgets
      .createQueryBuilder('b')
      .where(':date BETWEEN b.period_start AND b.period_end', { date })
      .orderBy('b.id');
    applyDataScope(qb, 'b.org_unit_id', await this.scope());
    const rows = await this.withFigures(await qb.getMany());
    return rows.filter((row) => utilisationPercent(row.figures.used, row.budget.amount) >= threshold);
  }

  /** The budgets that cover any of the spending: the cost unit or a unit above it, the account, the period. */
  async covering(spending: Spending[]): Promise<Budget[]> {
    if (spending.length === 0) return [];
    const found = new Map<string, Budget>();
    for (const unitId of new Set(spending.map((s) => s.orgUnitId))) {
      const ancestors = (await this.orgUnits.ancestorsOf(unitId)).map((unit) => unit.id);
      const mine = spending.filter((s) => s.orgUnitId === unitId);
      const dates = mine.map((s) => s.date).sort();
      const candidates = await this.budgets
        .createQueryBuilder('b')
        .where('b.org_unit_id = ANY(:ancestors)', { ancestors })
        .andWhere('b.period_start <= :last AND b.period_end >= :first', {
          first: dates[0],
          last: dates[dates.length - 1],
        })
        .getMany();
      for (const budget of candidates)
        if (mine.some((s) => covers(budget, s, ancestors))) found.set(budget.id, budget);
    }
    return [...found.values()];
  }

  /**
   * The 费比 control: refuses (409, naming each budget and its figures) when approving `spending` of claim
   * `claimId` would take a budget past its amount. Returns the overruns when `override` lets them through.
   */
  async check(claimId: string, spending: Spending[], override: boolean): Promise<BudgetOverrun[]> {
    const budgets = await this.covering(spending);
    const figures = await this.figures.of(budgets, claimId);
    const overruns: BudgetOverrun[] = [];
    const subtrees = await this.orgUnits.subtreesOf(budgets.map((b) => b.orgUnitId));
    for (const budget of budgets) {
      const subtree = subtrees.get(budget.orgUnitId)!;
      const claim = spending
        .filter((s) => covers(budget, s, undefined, subtree))
        .reduce((sum, s) => sum + s.amount, 0);
      const used = figures.get(budget.id)!.used;
      if (wouldExceed(budget.amount, used, claim)) {
        const unit = await this.orgUnits.get(budget.orgUnitId);
        overruns.push({
          budgetId: budget.id,
          unitName: unit.name,
          accountCode: budget.accountCode,
          period: budget.periodLabel,
          amount: budget.amount,
          used,
          claim,
        });
      }
    }
    if (overruns.length > 0 && !override) throw new BudgetExceededError(overruns, fen);
    return overruns;
  }

  /** Publishes BudgetThresholdReached for each budget that has newly reached 80% or 100%. */
  async refreshAlerts(budgets: Budget[]): Promise<void> {
    const figures = await this.figures.of(budgets);
    for (const budget of budgets) {
      const used = figures.get(budget.id)!.used;
      const level = alertLevelOf(used, budget.amount);
      if (level <= budget.alertedLevel) continue;
      await this.budgets.update({ id: budget.id }, { alertedLevel: level });
      await this.events.publish<BudgetThresholdReachedPayload>(BUDGET_THRESHOLD_REACHED, {
        budgetId: budget.id,
        orgUnitId: budget.orgUnitId,
        accountCode: budget.accountCode,
        period: budget.periodLabel,
        level: level as 80 | 100,
        amount: budget.amount,
        used,
        percent: utilisationPercent(used, budget.amount),
      });
    }
  }

  private async withFigures(budgets: Budget[]): Promise<BudgetWithFigures[]> {
    const figures = await this.figures.of(budgets);
    return budgets.map((budget) => ({ budget, figures: figures.get(budget.id)! }));
  }

  private async scope() {
    return currentActor()?.scopeFor(READ) ?? WHOLE_COMPANY;
  }

  private async assertUnit(orgUnitId: string): Promise<void> {
    await this.orgUnits.get(orgUnitId).catch(() => {
      throw new BudgetUnitError(orgUnitId);
    });
  }

  private async assertExpenseAccount(code: string): Promise<void> {
    const rows: Array<{ type: string }> = await this.connection.manager.query(
      `SELECT type FROM ledger_account WHERE code = $1 AND active`,
      [code],
    );
    if (rows[0]?.type !== 'expense') throw new BudgetAccountError(code);
  }
}

/** Whether `budget` covers `s`: same account or a sub-account of it, a day in the period, the unit below it. */
function covers(
  budget: Budget,
  s: Spending,
  ancestorsOfUnit?: string[],
  subtreeOfBudget?: string[],
): boolean {
  const unitOk = ancestorsOfUnit
    ? ancestorsOfUnit.includes(budget.orgUnitId)
    : (subtreeOfBudget ?? []).includes(s.orgUnitId);
  return (
    unitOk &&
    s.accountCode.startsWith(budget.accountCode) &&
    s.date >= budget.periodStart &&
    s.date <= budget.periodEnd
  );
}
