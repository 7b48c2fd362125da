import { Injectable } from '@nestjs/common';
import { CommissionInputsService } from '@zhanggui/api-finance';
import { TerritoryFiguresService } from '@zhanggui/api-orders';
import {
  DocumentNumbers,
  EventBus,
  Money,
  Page,
  paginate,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { CommissionRunExistsError, CommissionRunNotFoundError } from '../sales.errors';
import { SALES_COMMISSIONS_CALCULATED, SalesCommissionsCalculatedPayload } from '../sales.events';
import { parsePeriod } from '../shared/periods';
import { currentUserId, inScope, salesScope } from '../shared/sales-scope';
import { attainmentBp } from '../targets/allocation-rules';
import { TerritoryDirectory } from '../territories/territory-directory';
import { CommissionPlansService } from './commission-plans.service';
import { CommissionLine, CommissionRun } from './commission.entities';
import { commissionFor, rateFor } from './commission-rules';
import type { ListCommissionRunsQuery } from './dto/commission.dto';

interface PersonTarget {
  userId: string;
  orgUnitId: string;
  amount: number;
}

/**
 * The monthly commission calculation. Orders carry no salesperson, so a person's actual is their share of
 * their city's net sales in proportion to their target (shares add up to the city's actual exactly); the
 * plan's rate for their attainment applies to that share. Each person's commission becomes a payroll input of
 * the month in the same transaction (refused once that month's payroll is approved), and the run is announced
 * as one event.
 */
@Injectable()
export class CommissionRunsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly plans: CommissionPlansService,
    private readonly figures: TerritoryFiguresService,
    private readonly directory: TerritoryDirectory,
    private readonly numbers: DocumentNumbers,
    private readonly events: EventBus,
    private readonly payrollInputs: CommissionInputsService,
  ) {}

  private get runs() {
    return this.connection.getRepository(CommissionRun);
  }

  private get lines() {
    return this.connection.getRepository(CommissionLine);
  }

  list(query: ListCommissionRunsQuery): Promise<Page<CommissionRun>> {
    return paginate(this.runs.createQueryBuilder('r'), query, {
      sorts: {
        createdAt: { column: 'r.id', value: (r) => r.id },
        period: { column: 'r.period', value: (r) => r.period },
      },
      idColumn: 'r.id',
      idValue: (r) => r.id,
    });
  }

  /** A run with the lines of the caller's territory. */
  async get(id: string): Promise<{ run: CommissionRun; lines: CommissionLine[] }> {
    const run = await this.runs.findOneBy({ id });
    if (!run) throw new CommissionRunNotFoundError(id);
    const scope = await salesScope('commission-runs:read');
    const lines = (await this.lines.find({ where: { runId: id }, order: { id: 'ASC' } })).filter((line) =>
      inScope(scope, line.orgUnitId),
    );
    return { run, lines };
  }

  async calculate(periodKey: string, planId: string): Promise<CommissionRun> {
    const period = parsePeriod(periodKey)!;
    const plan = await this.plans.get(planId);
    if (await this.runs.existsBy({ period: periodKey })) throw new CommissionRunExistsError(periodKey);
    const people: PersonTarget[] = await this.connection.manager.query(
      `SELECT a.user_id AS "userId", a.org_unit_id AS "orgUnitId", a.amount::bigint::float8 AS amount
         FROM sales_target t JOIN sales_target_allocation a ON a.target_id = t.id
        WHERE t.period = $1 AND a.user_id IS NOT NULL
        ORDER BY a.org_unit_id, a.user_id`,
      [periodKey],
    );
    const cities = [...new Set(people.map((p) => p.orgUnitId))];
    const actuals = await this.figures.figures(cities, period.from, period.to);
    const run = await this.runs.save(
      this.runs.create({
        number: await this.numbers.next('SC'),
        period: periodKey,
        planId: plan.id,
        currency: 'CNY',
        total: 0,
        calculatedBy: currentUserId(),
      }),
    );
    const lines: CommissionLine[] = [];
    for (const city of cities) {
      const staff = people.filter((p) => p.orgUnitId === city);
      const figures = actuals.get(city)!;
      const cityActual = Math.max(figures.deliveredTotal - figures.refunded, 0);
      const weights = staff.map((p) => p.amount);
      const shares = weights.some((weight) => weight > 0)
        ? Money.of(cityActual, 'CNY')
            .allocate(weights)
            .map((m) => m.toJSON().amount)
        : staff.map(() => 0);
      staff.forEach((person, index) => {
        const attainment = attainmentBp(shares[index], person.amount) ?? 0;
        const rateBp = rateFor(plan.tiers, attainment);
        lines.push(
          this.lines.create({
            runId: run.id,
            userId: person.userId,
            orgUnitId: city,
            targetAmount: person.amount,
            actualAmount: shares[index],
            attainmentBp: attainment,
            rateBp,
            amount: commissionFor(shares[index], rateBp),
          }),
        );
      });
    }
    if (lines.length > 0) await this.lines.save(lines);
    run.total = lines.reduce((sum, line) => sum + line.amount, 0);
    const saved = await this.runs.save(run);
    const employees = await this.directory.employeesOf(lines.map((line) => line.userId));
    const sourceRef = (line: CommissionLine) => `${saved.number}/${line.userId}/${line.orgUnitId}`;
    await this.payrollInputs.record(
      saved.period,
      lines.flatMap((line) => {
        const employeeId = employees.get(line.userId);
        return employeeId
          ? [
              {
                employeeId,
                amount: line.amount,
                description: `销售提成 ${saved.number}`,
                sourceRef: sourceRef(line),
              },
            ]
          : [];
      }),
    );
    await this.events.publish<SalesCommissionsCalculatedPayload>(SALES_COMMISSIONS_CALCULATED, {
      runId: saved.id,
      number: saved.number,
      period: saved.period,
      currency: saved.currency,
      total: saved.total,
      lines: lines.map((line) => ({
        userId: line.userId,
        employeeId: employees.get(line.userId) ?? null,
        orgUnitId: line.orgUnitId,
        amount: line.amount,
        sourceRef: sourceRef(line),
      })),
    });
    return saved;
  }
}
