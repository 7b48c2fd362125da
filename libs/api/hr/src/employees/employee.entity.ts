import { Column, Entity } from 'typeorm';
import { bigintAsNumber, VersionedEntity } from '@zhanggui/api-platform';

export const EMPLOYEE_STATUSES = ['probation', 'regular', 'leaving', 'left'] as const;
export type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number];

export interface Education {
  school: string;
  degree?: string;
  major?: string;
  from?: string;
  to?: string;
}

export interface EmergencyContact {
  name: string;
  relation?: string;
  phone: string;
}

/**
 * The personnel file (人员资料). ID number and bank account are sealed with AES-256-GCM (`*Secret` columns, so
 * the audit log records only that they changed); their last four digits are kept to show a masked form.
 */
@Entity()
export class Employee extends VersionedEntity {
  /** E00042 */
  @Column({ type: 'varchar', length: 16 })
  number!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 8, nullable: true })
  gender!: 'female' | 'male' | null;

  @Column({ type: 'date', nullable: true })
  birthDate!: string | null;

  @Column({ type: 'text', nullable: true })
  idNumberSecret!: string | null;

  @Column({ type: 'varchar', length: 4, nullable: true })
  idNumberLast4!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  bankName!: string | null;

  @Column({ type: 'text', nullable: true })
  bankAccountSecret!: string | null;

  @Column({ type: 'varchar', length: 4, nullable: true })
  bankAccountLast4!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  education!: Education[];

  @Column({ type: 'jsonb', nullable: true })
  emergencyContact!: EmergencyContact | null;

  @Column({ type: 'varchar', length: 16 })
  status!: EmployeeStatus;

  @Column({ type: 'date' })
  hireDate!: string;

  @Column({ type: 'date', nullable: true })
  probationEndDate!: string | null;

  @Column({ type: 'date', nullable: true })
  leaveDate!: string | null;

  /** The unit of the primary position: what data scopes go by. */
  @Column({ type: 'uuid' })
  orgUnitId!: string;

  @Column({ type: 'uuid', nullable: true })
  positionId!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  grade!: string | null;

  /** Monthly base salary in minor units (分). */
  @Column({ type: 'bigint', nullable: true, transformer: bigintAsNumber })
  salary!: number | null;

  @Column({ type: 'char', length: 3, default: 'CNY' })
  currency!: string;

  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;
}

/** A position an employee holds; one is primary, others are held part-time (兼职). */
@Entity()
export class EmployeePosition extends VersionedEntity {
  @Column({ type: 'uuid' })
  employeeId!: string;

  @Column({ type: 'uuid' })
  positionId!: string;

  @Column({ type: 'uuid' })
  orgUnitId!: string;

  @Column({ type: 'boolean', default: false })
  isPrimary!: boolean;

  @Column({ type: 'date' })
  startedOn!: string;

  @Column({ type: 'date', nullable: true })
  endedOn!: string | null;
}

export const CONFIDENTIALITY_LEVELS = ['internal', 'confidential', 'secret'] as const;
export type Confidentiality = (typeof CONFIDENTIALITY_LEVELS)[number];

/** A scanned contract, diploma, ID copy… on the file, readable by the roles its level allows. */
@Entity()
export class EmployeeDocument extends VersionedEntity {
  @Column({ type: 'uuid' })
  employeeId!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 16 })
  confidentiality!: Confidentiality;

  @Column({ type: 'varchar', length: 200 })
  storageKey!: string;

  @Column({ type: 'varchar', length: 200 })
  fileName!: string;

  @Column({ type: 'varchar', length: 100 })
  contentType!: string;

  @Column({ type: 'integer' })
  size!: number;

  @Column({ type: 'uuid', nullable: true })
  uploadedBy!: string | null;
}
