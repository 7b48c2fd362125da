import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApprovalsModule } from '@zhanggui/api-approvals';
import { IdentityModule, PermissionCatalog } from '@zhanggui/api-identity';
import { EmployeesService } from '../employees/employees.service';
import { Employee, EmployeePosition } from '../employees/employee.entity';
import { HeadcountPlan, Position } from '../organisation/position.entity';
import { PositionsService } from '../organisation/positions.service';
import { HrHistory } from '../shared/hr-history';
import { PiiCipher } from '../shared/pii-cipher';
import { AttendanceApprovalOutcomes } from './attendance-approvals.subscriber';
import { AttendanceLocks } from './attendance-locks';
import { AttendanceSchedules } from './attendance.schedules';
import { AttendanceSummaryService } from './attendance-summary.service';
import {
  AttendanceSummariesController,
  ClockRecordsController,
  LeaveBalancesController,
  ShiftsController,
} from './attendance.controller';
import { AttendanceDemoData } from './attendance.demo-data';
import {
  ClockRecord,
  LeaveBalance,
  LeaveRequest,
  LeaveType,
  OvertimeRequest,
  Shift,
  ShiftAssignment,
} from './attendance.entities';
import { ATTENDANCE_PERMISSIONS } from './attendance.permissions';
import { ClockRecordsService } from './clock-records.service';
import { LeaveController } from './leave.controller';
import { LeaveService } from './leave.service';
import { ShiftsService } from './shifts.service';

/** Attendance (考勤): shifts, clock records, leave, overtime and the monthly summary payroll locks. */
@Module({
  imports: [
    IdentityModule,
    ApprovalsModule,
    TypeOrmModule.forFeature([
      Shift,
      ShiftAssignment,
      ClockRecord,
      LeaveType,
      LeaveBalance,
      LeaveRequest,
      OvertimeRequest,
      Employee,
      EmployeePosition,
      Position,
      HeadcountPlan,
    ]),
  ],
  controllers: [
    ShiftsController,
    ClockRecordsController,
    LeaveController,
    LeaveBalancesController,
    AttendanceSummariesController,
  ],
  providers: [
    PiiCipher,
    HrHistory,
    PositionsService,
    EmployeesService,
    AttendanceLocks,
    ShiftsService,
    ClockRecordsService,
    LeaveService,
    AttendanceSummaryService,
    AttendanceApprovalOutcomes,
    AttendanceDemoData,
    AttendanceSchedules,
  ],
  exports: [AttendanceSummaryService],
})
export class AttendanceModule {
  constructor(catalog: PermissionCatalog) {
    catalog.register(ATTENDANCE_PERMISSIONS);
  }
}
