import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule, PermissionCatalog } from '@zhanggui/api-identity';
import { Employee, EmployeePosition } from '../employees/employee.entity';
import { EmployeesService } from '../employees/employees.service';
import { HeadcountPlan, Position } from '../organisation/position.entity';
import { PositionsService } from '../organisation/positions.service';
import { HrHistory } from '../shared/hr-history';
import { PiiCipher } from '../shared/pii-cipher';
import { Meeting, MeetingActionItem } from './meeting.entities';
import { MeetingsController } from './meetings.controller';
import { MEETINGS_PERMISSIONS } from './meetings.permissions';
import { MeetingsService } from './meetings.service';

/** Meetings with minutes (会议纪要) and action items. */
@Module({
  imports: [
    IdentityModule,
    TypeOrmModule.forFeature([
      Meeting,
      MeetingActionItem,
      Employee,
      EmployeePosition,
      Position,
      HeadcountPlan,
    ]),
  ],
  controllers: [MeetingsController],
  providers: [PiiCipher, HrHistory, PositionsService, EmployeesService, MeetingsService],
})
export class MeetingsModule {
  constructor(catalog: PermissionCatalog) {
    catalog.register(MEETINGS_PERMISSIONS);
  }
}
