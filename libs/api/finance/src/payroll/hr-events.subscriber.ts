import { Injectable } from '@nestjs/common';
import { APPRAISAL_CYCLE_CLOSED, EMPLOYEE_HIRED, PERSONNEL_ACTION_EFFECTIVE } from '@zhanggui/api-hr';
import type {
  AppraisalCycleClosedPayload,
  EmployeeHiredPayload,
  PersonnelActionEffectivePayload,
} from '@zhanggui/api-hr';
import { OnEvent, TransactionalConnection } from '@zhanggui/api-platform';
import type { DomainEvent, EventSubscriber } from '@zhanggui/api-platform';
import { SalaryStructuresService } from './salary-structures.service';

/**
 * HR feeds payroll: an agreed salary on hire and every salary change of a personnel action become a salary
 * structure effective that day (allowances and insurance settings carry over); a closed appraisal cycle
 * hands over each employee's bonus coefficient. Redelivered events rewrite the same rows.
 */
@Injectable()
@OnEvent({ types: [EMPLOYEE_HIRED, PERSONNEL_ACTION_EFFECTIVE, APPRAISAL_CYCLE_CLOSED] })
export class PayrollHrEventsSubscriber implements EventSubscriber {
  constructor(
    private readonly structures: SalaryStructuresService,
    private readonly connection: TransactionalConnection,
  ) {}

  async handle(event: DomainEvent): Promise<void> {
    if (event.type === EMPLOYEE_HIRED) {
      const hired = event.payload as EmployeeHiredPayload;
      if (hired.salary === null) return;
      await this.structures.set(
        { employeeId: hired.employeeId, effectiveFrom: hired.hireDate, baseSalary: hired.salary },
        'hire',
        hired.employeeId,
      );
    } else if (event.type === PERSONNEL_ACTION_EFFECTIVE) {
      const action = event.payload as PersonnelActionEffectivePayload;
      if (action.salary === null) return;
      await this.structures.set(
        { employeeId: action.employeeId, effectiveFrom: action.effectiveOn, baseSalary: action.salary },
        'personnel-action',
        action.actionId,
      );
    } else if (event.type === APPRAISAL_CYCLE_CLOSED) {
      const cycle = event.payload as AppraisalCycleClosedPayload;
      for (const r of cycle.results)
        await this.connection.manager.query(
          `INSERT INTO payroll_bonus_coefficient (employee_id, cycle_id, period_end, coefficient)
           VALUES ($1, $2, $3, $4)
           ON CONFLICT (employee_id, cycle_id) DO UPDATE SET coefficient = EXCLUDED.coefficient`,
          [r.employeeId, cycle.cycleId, cycle.periodEnd, r.coefficient],
        );
    }
  }
}
