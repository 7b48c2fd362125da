import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule, PermissionCatalog } from '@zhanggui/api-identity';
import { Employee } from '../employees/employee.entity';
import { HeadcountPlan, Position } from '../organisation/position.entity';
import { PositionsService } from '../organisation/positions.service';
import { HrHistory } from '../shared/hr-history';
import {
  AppraisalCyclesController,
  AppraisalSetupController,
  AppraisalsController,
} from './appraisal.controller';
import { AppraisalDemoData } from './appraisal.demo-data';
import { Appraisal, AppraisalCycle, AppraisalGrade, KpiTemplate } from './appraisal.entities';
import { APPRAISAL_PERMISSIONS } from './appraisal.permissions';
import { AppraisalService } from './appraisal.service';

/** Performance appraisal (绩效考核): cycles, KPI templates, self and manager scores, calibration, bonus coefficients. */
@Module({
  imports: [
    IdentityModule,
    TypeOrmModule.forFeature([
      AppraisalGrade,
      KpiTemplate,
      AppraisalCycle,
      Appraisal,
      Employee,
      Position,
      HeadcountPlan,
    ]),
  ],
  controllers: [AppraisalSetupController, AppraisalCyclesController, AppraisalsController],
  providers: [HrHistory, PositionsService, AppraisalService, AppraisalDemoData],
})
export class AppraisalModule {
  constructor(catalog: PermissionCatalog) {
    catalog.register(APPRAISAL_PERMISSIONS);
  }
}
