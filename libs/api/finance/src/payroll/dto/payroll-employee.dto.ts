import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { SalaryStructureResponse } from './payroll-run.dto';

export class ListPayrollEmployeesQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the name or employee number.' })
  @IsOptional()
  @Matches(/^.{1,50}$/, { message: 'q must be 1–50 characters' })
  q?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Employees of this unit and the units under it.' })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;
}

/** An employee as payroll sees them: who, where, and the salary structure in force today (none yet: null). */
export class PayrollEmployeeResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() number!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ type: SalaryStructureResponse, nullable: true }) structure!: SalaryStructureResponse | null;
}
