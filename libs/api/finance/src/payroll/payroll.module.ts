import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HrModule } from '@zhanggui/api-hr';
import { IdentityModule, PermissionCatalog } from '@zhanggui/api-identity';
import { CommissionInputsService } from './commission-inputs.service';
import { HrInputs } from './hr-inputs';
import { InsuranceRulesController } from './insurance-rules.controller';
import { InsuranceRulesService } from './insurance-rules.service';
import { PayrollHrEventsSubscriber } from './hr-events.subscriber';
import { PayrollCalculator } from './payroll-calculator';
import { PayrollRunsController, PayrollSetupController, PayslipsController } from './payroll.controller';
import { Payslip, PayrollInput, PayrollRun, SalaryStructure } from './payroll.entities';
import { PayrollDemoData } from './payroll.demo-data';
import { PayrollEmployeesService } from './payroll-employees.service';
import { PAYROLL_PERMISSIONS } from './payroll.permissions';
import { PayrollRunsService } from './payroll-runs.service';
import { PayslipsService } from './payslips.service';
import { SalaryStructuresService } from './salary-structures.service';

/**
 * Payroll (每月员工工资表): salary structures, 五险一金 rules, inputs, monthly runs, payslips, the sheet and the
 * bank file, posting through the ledger's one posting service. HR's employees and attendance summaries come
 * from what HrModule exports; a copy provided here would have to be rewired whenever HR's constructors change.
 */
@Module({
  imports: [
    LedgerModule,
    IdentityModule,
    HrModule,
    TypeOrmModule.forFeature([SalaryStructure, PayrollInput, PayrollRun, Payslip]),
  ],
  controllers: [PayrollRunsController, PayslipsController, PayrollSetupController, InsuranceRulesController],
  providers: [
    HrInputs,
    PayrollCalculator,
    PayrollRunsService,
    PayslipsService,
    SalaryStructuresService,
    InsuranceRulesService,
    PayrollHrEventsSubscriber,
    PayrollDemoData,
    PayrollEmployeesService,
    CommissionInputsService,
  ],
  exports: [CommissionInputsService],
})
export class PayrollModule {
  constructor(catalog: PermissionCatalog) {
    catalog.register(PAYROLL_PERMISSIONS);
  }
}
