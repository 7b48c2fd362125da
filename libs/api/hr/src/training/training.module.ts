import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule, PermissionCatalog } from '@zhanggui/api-identity';
import { Employee, EmployeePosition } from '../employees/employee.entity';
import { EmployeesService } from '../employees/employees.service';
import { HeadcountPlan, Position } from '../organisation/position.entity';
import { PositionsService } from '../organisation/positions.service';
import { HrHistory } from '../shared/hr-history';
import { PiiCipher } from '../shared/pii-cipher';
import { TrainingRecord } from './training-record.entity';
import { TrainingController } from './training.controller';
import { TRAINING_PERMISSIONS } from './training.permissions';
import { TrainingService } from './training.service';

/** Training records (培训记录) on the employees' files. */
@Module({
  imports: [
    IdentityModule,
    TypeOrmModule.forFeature([TrainingRecord, Employee, EmployeePosition, Position, HeadcountPlan]),
  ],
  controllers: [TrainingController],
  providers: [PiiCipher, HrHistory, PositionsService, EmployeesService, TrainingService],
})
export class TrainingModule {
  constructor(catalog: PermissionCatalog) {
    catalog.register(TRAINING_PERMISSIONS);
  }
}
