import { Injectable } from '@nestjs/common';
import {
  applyDataScope,
  currentActor,
  Page,
  paginate,
  scopeAllows,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import type { PageQuery } from '@zhanggui/api-platform';
import { Payslip } from './payroll.entities';
import { PayslipNotFoundError } from './payroll.errors';
import { scopeOf } from './payroll-runs.service';

/**
 * Payslips: payroll staff read them in their data scope; everyone else sees only their own (through the user
 * linked to their personnel file), and only once the run is approved — a draft figure is not a payslip.
 */
@Injectable()
export class PayslipsService {
  constructor(private readonly connection: TransactionalConnection) {}

  private get slips() {
    return this.connection.getRepository(Payslip);
  }

  async ofRun(runId: string, query: PageQuery & { sort?: string }): Promise<Page<Payslip>> {
    const qb = this.slips.createQueryBuilder('p').where('p.run_id = :runId', { runId });
    applyDataScope(qb, 'p.org_unit_id', await scopeOf('payslips:read'));
    return paginate(qb, query, {
      sorts: { employeeNumber: { column: 'p.employee_number', value: (p) => p.employeeNumber } },
      idColumn: 'p.id',
      idValue: (p) => p.id,
    });
  }

  async allOfRun(runId: string): Promise<Payslip[]> {
    return this.slips.find({ where: { runId }, order: { employeeNumber: 'ASC' } });
  }

  async mine(): Promise<Payslip[]> {
    const me = currentActor();
    if (!me || me.kind !== 'user') return [];
    return this.slips.find({ where: { userId: me.id, locked: true }, order: { month: 'DESC' }, take: 36 });
  }

  /** Payroll staff in scope, or the payslip's own employee once approved; anyone else gets 404. */
  async get(id: string): Promise<Payslip> {
    const slip = await this.slips.findOneBy({ id });
    const me = currentActor();
    if (slip && me) {
      const scope = await me.scopeFor('payslips:read');
      const staff = scopeAllows(scope, slip.orgUnitId);
      if (staff || (me.kind === 'user' && slip.userId === me.id && slip.locked)) return slip;
    }
    throw new PayslipNotFoundError(id);
  }
}
