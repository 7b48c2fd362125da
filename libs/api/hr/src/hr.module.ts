import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApprovalsModule } from '@zhanggui/api-approvals';
import { IdentityModule, PermissionCatalog } from '@zhanggui/api-identity';
import { LabourContract } from './contracts/labour-contract.entity';
import { LabourContractsController } from './contracts/labour-contracts.controller';
import { LabourContractsService } from './contracts/labour-contracts.service';
import { AppraisalModule } from './appraisal/appraisal.module';
import { AttendanceModule } from './attendance/attendance.module';
import { CompanyDocumentsModule } from './documents/company-documents.module';
import { MeetingsModule } from './meetings/meetings.module';
import { TrainingModule } from './training/training.module';
import { EmployeeDocumentsService } from './employees/employee-documents.service';
import { Employee, EmployeeDocument, EmployeePosition } from './employees/employee.entity';
import { EmployeesController } from './employees/employees.controller';
import { EmployeesService } from './employees/employees.service';
import { HrApprovalOutcomes } from './hr-approval-outcomes.subscriber';
import { HrDemoData } from './hr.demo-data';
import { HR_PERMISSIONS } from './hr.permissions';
import { HrSchedules } from './hr.schedules';
import { HeadcountPlan, Position } from './organisation/position.entity';
import { PositionsController } from './organisation/positions.controller';
import { HeadcountFiguresService } from './organisation/headcount-figures.service';
import { PositionsService } from './organisation/positions.service';
import { PersonnelAction } from './personnel-actions/personnel-action.entity';
import { PersonnelActionsController } from './personnel-actions/personnel-actions.controller';
import { PersonnelActionsService } from './personnel-actions/personnel-actions.service';
import { ProbationController } from './probation/probation.controller';
import { ProbationItem, ProbationReview } from './probation/probation.entities';
import { ProbationService } from './probation/probation.service';
import { RecruitmentController } from './recruitment/recruitment.controller';
import { Candidate, HiringRequest } from './recruitment/recruitment.entities';
import { RecruitmentService } from './recruitment/recruitment.service';
import { HrApprovalChain, HrApprovalChains } from './shared/hr-approval-chains';
import { HrApprovalChainsController } from './shared/hr-approval-chains.controller';
import { HrHistory } from './shared/hr-history';
import { PiiCipher } from './shared/pii-cipher';
import { WorkCalendarController } from './work-calendar/work-calendar.controller';
import { HrDashboardFiguresService } from './organisation/hr-dashboard-figures.service';

/**
 * HR and administration (人事部): positions and headcount plans on identity's org units, personnel files with
 * encrypted personal data, labour contracts with renewal reminders, recruitment, probation reviews and personnel
 * actions through the approval engine, and the company work calendar.
 */
@Module({
  imports: [
    IdentityModule,
    ApprovalsModule,
    AttendanceModule,
    AppraisalModule,
    TrainingModule,
    MeetingsModule,
    CompanyDocumentsModule,
    TypeOrmModule.forFeature([
      Position,
      HeadcountPlan,
      Employee,
      EmployeePosition,
      EmployeeDocument,
      HiringRequest,
      Candidate,
      HrApprovalChain,
      LabourContract,
      ProbationItem,
      ProbationReview,
      PersonnelAction,
    ]),
  ],
  controllers: [
    PositionsController,
    EmployeesController,
    RecruitmentController,
    HrApprovalChainsController,
    WorkCalendarController,
    LabourContractsController,
    ProbationController,
    PersonnelActionsController,
  ],
  providers: [
    HrDashboardFiguresService,
    PiiCipher,
    HrHistory,
    HrApprovalChains,
    PositionsService,
    EmployeesService,
    EmployeeDocumentsService,
    RecruitmentService,
    LabourContractsService,
    ProbationService,
    PersonnelActionsService,
    HrSchedules,
    HrApprovalOutcomes,
    HrDemoData,
    HeadcountFiguresService,
  ],
  exports: [
    EmployeesService,
    PositionsService,
    AttendanceModule,
    HeadcountFiguresService,
    HrDashboardFiguresService,
  ],
})
export class HrModule {
  constructor(catalog: PermissionCatalog) {
    catalog.register(HR_PERMISSIONS);
  }
}
