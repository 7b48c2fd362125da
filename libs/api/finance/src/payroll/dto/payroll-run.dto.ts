import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsObject, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { PAYROLL_RUN_STATUSES, PayrollRun } from '../payroll.entities';

export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class CreatePayrollRunDto {
  @ApiProperty({ example: '2026-10' }) @Matches(MONTH, { message: 'month must be YYYY-MM' }) month!: string;
  @ApiProperty({
    format: 'uuid',
    description: 'The company or unit whose employees (and sub-units’) are paid.',
  })
  @IsUUID()
  orgUnitId!: string;
  @ApiPropertyOptional({ description: 'Bonus ratio in basis points (1000 = 10% of base × coefficient).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  bonusRatioBp?: number;
}

export class ListPayrollRunsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['createdAt'], default: 'createdAt' })
  @IsOptional()
  @IsIn(['createdAt', '-createdAt'])
  sort?: string;
  @ApiPropertyOptional({ example: '2026-10' })
  @IsOptional()
  @Matches(MONTH, { message: 'month must be YYYY-MM' })
  month?: string;
  @ApiPropertyOptional({ enum: PAYROLL_RUN_STATUSES })
  @IsOptional()
  @IsIn(PAYROLL_RUN_STATUSES)
  status?: string;
}

export class PayrollRunResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'PR-20261101-0001' }) number!: string;
  @ApiProperty({ example: '2026-10' }) month!: string;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty({ enum: PAYROLL_RUN_STATUSES }) status!: string;
  @ApiProperty() currency!: string;
  @ApiProperty() bonusRatioBp!: number;
  @ApiProperty() employees!: number;
  @ApiProperty({ description: '分' }) grossTotal!: number;
  @ApiProperty({ description: '分' }) netTotal!: number;
  @ApiProperty({ description: '分' }) taxTotal!: number;
  @ApiProperty({ description: '分' }) employeeInsuranceTotal!: number;
  @ApiProperty({ description: '分' }) employerInsuranceTotal!: number;
  @ApiProperty({ nullable: true, type: String }) calculatedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) approvedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) paidAt!: string | null;
  @ApiProperty() version!: number;

  static from(r: PayrollRun): PayrollRunResponse {
    return {
      id: r.id,
      number: r.number,
      month: r.month,
      orgUnitId: r.orgUnitId,
      status: r.status,
      currency: r.currency,
      bonusRatioBp: r.bonusRatioBp,
      employees: r.employees,
      grossTotal: r.grossTotal,
      netTotal: r.netTotal,
      taxTotal: r.taxTotal,
      employeeInsuranceTotal: r.employeeInsuranceTotal,
      employerInsuranceTotal: r.employerInsuranceTotal,
      calculatedAt: r.calculatedAt?.toISOString() ?? null,
      approvedAt: r.approvedAt?.toISOString() ?? null,
      paidAt: r.paidAt?.toISOString() ?? null,
      version: r.version,
    };
  }
}

export class PayslipResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) runId!: string;
  @ApiProperty({ example: '2026-10' }) month!: string;
  @ApiProperty({ format: 'uuid' }) employeeId!: string;
  @ApiProperty() employeeNumber!: string;
  @ApiProperty() employeeName!: string;
  @ApiProperty() currency!: string;
  @ApiProperty({ description: '分' }) gross!: number;
  @ApiProperty({ description: '分' }) employeeInsurance!: number;
  @ApiProperty({ description: '分' }) employeeHousingFund!: number;
  @ApiProperty({ description: '分' }) tax!: number;
  @ApiProperty({ description: '分' }) net!: number;
  @ApiProperty({
    description: 'Each earning, deduction and contribution in 分.',
    type: 'object',
    additionalProperties: true,
  })
  figures!: Record<string, unknown>;
  @ApiProperty({ description: 'Approved: final.' }) locked!: boolean;
}

export class CreateSalaryStructureDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() employeeId!: string;
  @ApiProperty({ example: '2026-10-01' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be YYYY-MM-DD' })
  effectiveFrom!: string;
  @ApiProperty({ description: '分' }) @IsInt() @Min(0) @Max(1e11) baseSalary!: number;
  @ApiPropertyOptional({ description: '分' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1e11)
  positionAllowance?: number;
  @ApiPropertyOptional({ description: '分' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1e11)
  otherAllowances?: number;
  @ApiPropertyOptional({ example: '北京' }) @IsOptional() @Matches(/^\S{1,20}$/) insuranceCity?: string;
  @ApiPropertyOptional({ description: '分; default base + position allowance' })
  @IsOptional()
  @IsInt()
  @Min(0)
  insuranceBase?: number;
  @ApiPropertyOptional({
    example: { childEducation: 1 },
    type: 'object',
    additionalProperties: { type: 'integer' },
  })
  @IsOptional()
  // Its entries are checked by the payroll rules (monthlyAdditionalDeductions); a non-object never reaches them.
  @IsObject()
  additionalDeductions?: Record<string, number>;
  @ApiPropertyOptional({ enum: ['6601', '6602'] }) @IsOptional() @IsIn(['6601', '6602']) costAccount?:
    '6601' | '6602';
}

export class SalaryStructureResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) employeeId!: string;
  @ApiProperty() effectiveFrom!: string;
  @ApiProperty() baseSalary!: number;
  @ApiProperty() positionAllowance!: number;
  @ApiProperty() otherAllowances!: number;
  @ApiProperty() currency!: string;
  @ApiProperty() insuranceCity!: string;
  @ApiProperty({ nullable: true, type: Number }) insuranceBase!: number | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } }) additionalDeductions!: Record<
    string,
    number
  >;
  @ApiProperty() costAccount!: string;
  @ApiProperty() source!: string;
  @ApiProperty() version!: number;
}

export class ListByEmployeeQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['createdAt'], default: 'createdAt' })
  @IsOptional()
  @IsIn(['createdAt', '-createdAt'])
  sort?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() employeeId?: string;
  @ApiPropertyOptional({ example: '2026-10' })
  @IsOptional()
  @Matches(MONTH, { message: 'month must be YYYY-MM' })
  month?: string;
}

export class CreatePayrollInputDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() employeeId!: string;
  @ApiProperty({ example: '2026-10' }) @Matches(MONTH, { message: 'month must be YYYY-MM' }) month!: string;
  @ApiProperty({ enum: ['commission', 'reward', 'deduction', 'allowance'] })
  @IsIn(['commission', 'reward', 'deduction', 'allowance'])
  kind!: 'commission' | 'reward' | 'deduction' | 'allowance';
  @ApiProperty({ description: '分, positive; a deduction is subtracted' })
  @IsInt()
  @Min(1)
  @Max(1e11)
  amount!: number;
  @ApiProperty()
  @Matches(/^.{1,200}$/s, { message: 'description must be 1–200 characters' })
  description!: string;
  @ApiPropertyOptional({
    description: 'The writer’s own reference (sales: the commission id): written once.',
  })
  @IsOptional()
  @Matches(/^.{1,100}$/, { message: 'sourceRef must be 1–100 characters' })
  sourceRef?: string;
}

export class PayrollInputResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) employeeId!: string;
  @ApiProperty({ nullable: true, type: String }) employeeNumber!: string | null;
  @ApiProperty({ nullable: true, type: String }) employeeName!: string | null;
  @ApiProperty() month!: string;
  @ApiProperty() kind!: string;
  @ApiProperty({ description: '分, signed' }) amount!: number;
  @ApiProperty() currency!: string;
  @ApiProperty() description!: string;
  @ApiProperty() source!: string;
  @ApiProperty({ nullable: true, type: String }) sourceRef!: string | null;
}
