import { Injectable } from '@nestjs/common';
import { OrgUnitsService } from '@zhanggui/api-identity';
import {
  applyDataScope,
  AuditWriter,
  beijingDate,
  currentActor,
  DocumentNumbers,
  EventBus,
  Page,
  paginate,
  scopeAllows,
  TransactionalConnection,
  WHOLE_COMPANY,
} from '@zhanggui/api-platform';
import type { DataScope } from '@zhanggui/api-platform';
import { LedgerService } from '../ledger/ledger.service';
import type { CreatePayrollRunDto, ListPayrollRunsQuery } from './dto/payroll-run.dto';
import { PayrollCalculator } from './payroll-calculator';
import { PayrollRun, PayrollRunStatus } from './payroll.entities';
import { PayrollOrgUnitNotFoundError, PayrollRunNotFoundError, PayrollRunStateError } from './payroll.errors';
import { PAYROLL_APPROVED, PayrollApprovedPayload } from './payroll.events';
import { payrollAccrual, payrollPayment, PayslipTotals } from './payroll-postings';

export async function scopeOf(permission: string): Promise<DataScope> {
  const actor = currentActor();
  return actor ? actor.scopeFor(permission) : WHOLE_COMPANY;
}

/** The monthly run: draft → calculated → reviewed → approved → paid. Each step is a guarded state change. */
@Injectable()
export class PayrollRunsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly numbers: DocumentNumbers,
    private readonly orgUnits: OrgUnitsService,
    private readonly calculator: PayrollCalculator,
    private readonly ledger: LedgerService,
    private readonly events: EventBus,
    private readonly audit: AuditWriter,
  ) {}

  private get runs() {
    return this.connection.getRepository(PayrollRun);
  }

  async create(input: CreatePayrollRunDto): Promise<PayrollRun> {
    const scope = await scopeOf('payroll-runs:write');
    if (!scopeAllows(scope, input.orgUnitId)) throw new PayrollOrgUnitNotFoundError(input.orgUnitId);
    await this.orgUnits.get(input.orgUnitId);
    return this.runs.save(
      this.runs.create({
        number: await this.numbers.next('PR'),
        month: input.month,
        orgUnitId: input.orgUnitId,
        status: 'draft',
        currency: 'CNY',
        bonusRatioBp: input.bonusRatioBp ?? 1000,
        employees: 0,
        grossTotal: 0,
        netTotal: 0,
        taxTotal: 0,
        employeeInsuranceTotal: 0,
        employerInsuranceTotal: 0,
        calculatedAt: null,
        reviewedBy: null,
        approvedBy: null,
        approvedAt: null,
        paidAt: null,
        createdBy: currentActor()?.id ?? null,
      }),
    );
  }

  async list(query: ListPayrollRunsQuery): Promise<Page<PayrollRun>> {
    const qb = this.runs.createQueryBuilder('r');
    applyDataScope(qb, 'r.org_unit_id', await scopeOf('payroll-runs:read'));
    if (query.month) qb.andWhere('r.month = :month', { month: query.month });
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    return paginate(qb, query, {
      sorts: { createdAt: { column: 'r.id', value: (r) => r.id } },
      idColumn: 'r.id',
      idValue: (r) => r.id,
    });
  }

  async get(id: string, permission = 'payroll-runs:read', lock = false): Promise<PayrollRun> {
    const qb = this.runs.createQueryBuilder('r').where('r.id = :id', { id });
    applyDataScope(qb, 'r.org_unit_id', await scopeOf(permission));
    if (lock) qb.setLock('pessimistic_write');
    const run = await qb.getOne();
    if (!run) throw new PayrollRunNotFoundError(id);
    return run;
  }

  /** (Re)computes every payslip from the current inputs; allowed until the run is approved. */
  async calculate(id: string): Promise<PayrollRun> {
    const run = await this.get(id, 'payroll-runs:write', true);
    this.expect(run, ['draft', 'calculated', 'reviewed'], 'draft, calculated or reviewed');
    const totals = await this.calculator.calculate(run, await this.orgUnits.subtreeIds([run.orgUnitId]));
    Object.assign(run, totals, { status: 'calculated', calculatedAt: new Date(), reviewedBy: null });
    return this.runs.save(run);
  }

  async review(id: string): Promise<PayrollRun> {
    const run = await this.get(id, 'payroll-runs:write', true);
    this.expect(run, ['calculated'], 'calculated');
    Object.assign(run, { status: 'reviewed', reviewedBy: currentActor()?.id ?? null });
    return this.runs.save(run);
  }

  /**
   * Approves a reviewed run: its payslips lock, the month's wages are accrued in the ledger (once, by run id)
   * and PayrollApproved goes out. The state change is a guarded UPDATE, so of two approvals one wins.
   */
  async approve(id: string): Promise<PayrollRun> {
    const run = await this.get(id, 'payroll-runs:approve');
    const actor = currentActor()?.id ?? null;
    // A CTE so the driver answers the updated rows (a bare UPDATE … RETURNING answers [rows, count]).
    const won: Array<{ id: string }> = await this.connection.manager.query(
      `WITH won AS (
         UPDATE payroll_run SET status = 'approved', approved_by = $2, approved_at = now(),
                version = version + 1, updated_at = now()
         WHERE id = $1 AND status = 'reviewed' RETURNING id)
       SELECT id FROM won`,
      [id, actor],
    );
    if (!won.length) {
      const current = await this.get(id, 'payroll-runs:approve');
      throw new PayrollRunStateError(current.number, current.status, 'reviewed');
    }
    await this.connection.manager.query(`UPDATE payslip SET locked = true WHERE run_id = $1`, [id]);
    const slips = await this.totalsOf(id);
    const accrual = payrollAccrual(run, slips, `${run.month}-${lastDay(run.month)}`);
    if (accrual.lines.length) await this.ledger.post(accrual);
    const approved = await this.get(id, 'payroll-runs:approve');
    await this.audit.record({
      action: 'approve',
      entityType: 'payroll_run',
      entityId: id,
      changes: { status: { from: 'reviewed', to: 'approved' } },
    });
    await this.events.publish<PayrollApprovedPayload>(PAYROLL_APPROVED, {
      runId: id,
      number: run.number,
      month: run.month,
      orgUnitId: run.orgUnitId,
      employees: approved.employees,
      grossTotal: approved.grossTotal,
      netTotal: approved.netTotal,
      taxTotal: approved.taxTotal,
      currency: approved.currency,
      approvedBy: actor,
    });
    return approved;
  }

  /** Records that the bank paid the net wages; posts the payment (once, by run id); the run is final. */
  async pay(id: string): Promise<PayrollRun> {
    const run = await this.get(id, 'payroll-runs:pay', true);
    this.expect(run, ['approved'], 'approved');
    Object.assign(run, { status: 'paid', paidAt: new Date() });
    const saved = await this.runs.save(run);
    if (run.netTotal > 0) await this.ledger.post(payrollPayment(run, run.netTotal, beijingDate(new Date())));
    return saved;
  }

  /** The bank file is for an approved run (or a paid one, to send again). */
  async assertPayable(run: PayrollRun): Promise<void> {
    this.expect(run, ['approved', 'paid'], 'approved or paid');
  }

  private async totalsOf(runId: string): Promise<PayslipTotals[]> {
    const rows: Array<Record<string, string>> = await this.connection.manager.query(
      `SELECT cost_account, gross, net, tax, employee_insurance, employee_housing_fund, employer_insurance,
              employer_housing_fund
       FROM payslip WHERE run_id = $1 ORDER BY employee_number`,
      [runId],
    );
    return rows.map((r) => ({
      costAccount: r.cost_account,
      gross: Number(r.gross),
      net: Number(r.net),
      tax: Number(r.tax),
      employeeInsurance: Number(r.employee_insurance),
      employeeHousingFund: Number(r.employee_housing_fund),
      employerInsurance: Number(r.employer_insurance),
      employerHousingFund: Number(r.employer_housing_fund),
    }));
  }

  private expect(run: PayrollRun, allowed: PayrollRunStatus[], wanted: string): void {
    if (!allowed.includes(run.status)) throw new PayrollRunStateError(run.number, run.status, wanted);
  }
}

function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0');
}
