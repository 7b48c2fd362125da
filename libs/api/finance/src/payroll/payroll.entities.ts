import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber, VersionedEntity } from '@zhanggui/api-platform';

export const PAYROLL_RUN_STATUSES = ['draft', 'calculated', 'reviewed', 'approved', 'paid'] as const;
export type PayrollRunStatus = (typeof PAYROLL_RUN_STATUSES)[number];
export const PAYROLL_INPUT_KINDS = ['commission', 'reward', 'deduction', 'allowance'] as const;
export type PayrollInputKind = (typeof PAYROLL_INPUT_KINDS)[number];

/** What an employee is paid from a date on; the latest one effective by a month's end applies to it. */
@Entity()
export class SalaryStructure extends VersionedEntity {
  @Column({ type: 'uuid' }) employeeId!: string;
  @Column({ type: 'date' }) effectiveFrom!: string;
  @Column({ type: 'bigint', transformer: bigintAsNumber }) baseSalary!: number;
  @Column({ type: 'bigint', transformer: bigintAsNumber }) positionAllowance!: number;
  @Column({ type: 'bigint', transformer: bigintAsNumber }) otherAllowances!: number;
  @Column({ type: 'char', length: 3 }) currency!: string;
  @Column({ type: 'varchar', length: 20 }) insuranceCity!: string;
  @Column({ type: 'bigint', nullable: true, transformer: bigintAsNumber }) insuranceBase!: number | null;
  /** Special additional deductions claimed, as counts by kind: `{ "childEducation": 2 }`. */
  @Column({ type: 'jsonb' }) additionalDeductions!: Record<string, number>;
  /** 6601 销售费用 for sales staff, 6602 管理费用 for everyone else. */
  @Column({ type: 'varchar', length: 6 }) costAccount!: '6601' | '6602';
  @Column({ type: 'varchar', length: 20 }) source!: 'manual' | 'personnel-action' | 'hire';
  @Column({ type: 'varchar', length: 64, nullable: true }) sourceId!: string | null;
}

/** A commission, reward, fine or extra allowance of one employee and month. */
@Entity()
export class PayrollInput extends VersionedEntity {
  @Column({ type: 'uuid' }) employeeId!: string;
  @Column({ type: 'varchar', length: 7 }) month!: string;
  @Column({ type: 'varchar', length: 16 }) kind!: PayrollInputKind;
  /** Signed: a deduction is negative. */
  @Column({ type: 'bigint', transformer: bigintAsNumber }) amount!: number;
  @Column({ type: 'char', length: 3 }) currency!: string;
  @Column({ type: 'varchar', length: 200 }) description!: string;
  @Column({ type: 'varchar', length: 16 }) source!: string;
  @Column({ type: 'varchar', length: 100, nullable: true }) sourceRef!: string | null;
}

@Entity()
export class PayrollRun extends VersionedEntity {
  /** PR-20261201-0001 */
  @Column({ type: 'varchar', length: 24 }) number!: string;
  @Column({ type: 'varchar', length: 7 }) month!: string;
  @Column({ type: 'uuid' }) orgUnitId!: string;
  @Column({ type: 'varchar', length: 12 }) status!: PayrollRunStatus;
  @Column({ type: 'char', length: 3 }) currency!: string;
  @Column({ type: 'integer' }) bonusRatioBp!: number;
  @Column({ type: 'integer' }) employees!: number;
  @Column({ type: 'bigint', transformer: bigintAsNumber }) grossTotal!: number;
  @Column({ type: 'bigint', transformer: bigintAsNumber }) netTotal!: number;
  @Column({ type: 'bigint', transformer: bigintAsNumber }) taxTotal!: number;
  @Column({ type: 'bigint', transformer: bigintAsNumber }) employeeInsuranceTotal!: number;
  @Column({ type: 'bigint', transformer: bigintAsNumber }) employerInsuranceTotal!: number;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) calculatedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) reviewedBy!: string | null;
  @Column({ type: 'uuid', nullable: true }) approvedBy!: string | null;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) approvedAt!: Date | null;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) paidAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;
}

/** Written by the calculator in bulk; read through here. Locked (by trigger) once its run is approved. */
@Entity()
export class Payslip {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'uuid' }) runId!: string;
  @Column({ type: 'varchar', length: 7 }) month!: string;
  @Column({ type: 'uuid' }) employeeId!: string;
  @Column({ type: 'varchar', length: 16 }) employeeNumber!: string;
  @Column({ type: 'varchar', length: 100 }) employeeName!: string;
  @Column({ type: 'uuid' }) orgUnitId!: string;
  @Column({ type: 'uuid', nullable: true }) userId!: string | null;
  @Column({ type: 'varchar', length: 6 }) costAccount!: string;
  @Column({ type: 'char', length: 3 }) currency!: string;
  @Column({ type: 'bigint', transformer: bigintAsNumber }) gross!: number;
  @Column({ type: 'bigint', transformer: bigintAsNumber }) employeeInsurance!: number;
  @Column({ type: 'bigint', transformer: bigintAsNumber }) employeeHousingFund!: number;
  @Column({ type: 'bigint', transformer: bigintAsNumber }) employerInsurance!: number;
  @Column({ type: 'bigint', transformer: bigintAsNumber }) employerHousingFund!: number;
  @Column({ type: 'bigint', transformer: bigintAsNumber }) additionalDeductions!: number;
  @Column({ type: 'bigint', transformer: bigintAsNumber }) tax!: number;
  @Column({ type: 'bigint', transformer: bigintAsNumber }) net!: number;
  @Column({ type: 'jsonb' }) figures!: Record<string, unknown>;
  @Column({ type: 'boolean' }) locked!: boolean;
}
