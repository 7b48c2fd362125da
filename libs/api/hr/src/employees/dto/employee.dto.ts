import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsISO8601,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { CONFIDENTIALITY_LEVELS, EMPLOYEE_STATUSES } from '../employee.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DATE = { strict: true } as const;

export class EducationDto {
  @ApiProperty({ example: '华南理工大学' }) @IsString() @MinLength(1) @MaxLength(100) school!: string;
  @ApiPropertyOptional({ example: '本科' }) @IsOptional() @IsString() @MaxLength(40) degree?: string;
  @ApiPropertyOptional({ example: '市场营销' }) @IsOptional() @IsString() @MaxLength(100) major?: string;
  @ApiPropertyOptional({ example: '2014-09' }) @IsOptional() @Matches(/^\d{4}-\d{2}$/) from?: string;
  @ApiPropertyOptional({ example: '2018-06' }) @IsOptional() @Matches(/^\d{4}-\d{2}$/) to?: string;
}

export class EmergencyContactDto {
  @ApiProperty({ example: '张母' }) @IsString() @MinLength(1) @MaxLength(100) name!: string;
  @ApiPropertyOptional({ example: '母亲' }) @IsOptional() @IsString() @MaxLength(40) relation?: string;
  @ApiProperty({ example: '13800138000' }) @Matches(/^[0-9+\- ]{5,32}$/) phone!: string;
}

/** Personal details HR records on the file; shared by hiring a candidate and creating an employee. */
export class PersonalDetailsDto {
  @ApiPropertyOptional({ enum: ['female', 'male'], nullable: true })
  @IsOptional()
  @IsIn(['female', 'male'])
  gender?: 'female' | 'male' | null;

  @ApiPropertyOptional({ example: '1990-01-01', nullable: true })
  @IsOptional()
  @IsISO8601(DATE)
  birthDate?: string | null;

  @ApiPropertyOptional({
    description: 'Resident ID number (18 characters); stored encrypted, returned masked.',
    example: '440106199001011234',
  })
  @IsOptional()
  @Matches(/^\d{17}[\dXx]$/, { message: 'idNumber must be an 18-character resident ID number' })
  idNumber?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '招商银行广州分行' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  bankName?: string | null;

  @ApiPropertyOptional({
    description: 'Salary account; stored encrypted, returned masked.',
    example: '6225880000001234',
  })
  @IsOptional()
  @Matches(/^\d{8,30}$/, { message: 'bankAccount must be 8–30 digits' })
  bankAccount?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '13800138000' })
  @IsOptional()
  @Matches(/^[0-9+\- ]{5,32}$/, { message: 'phone must be a phone number' })
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'zhang.san@example.com' })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string | null;

  @ApiPropertyOptional({ type: [EducationDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => EducationDto)
  education?: EducationDto[];

  @ApiPropertyOptional({ type: EmergencyContactDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => EmergencyContactDto)
  emergencyContact?: EmergencyContactDto | null;
}

export class CreateEmployeeDto extends PersonalDetailsDto {
  @ApiProperty({ example: '张三' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @ApiProperty({ format: 'uuid', description: 'The primary position; the employee belongs to its org unit.' })
  @IsUUID()
  positionId!: string;

  @ApiProperty({ example: '2026-03-01' })
  @IsISO8601(DATE)
  hireDate!: string;

  @ApiPropertyOptional({ enum: EMPLOYEE_STATUSES, default: 'probation' })
  @IsOptional()
  @IsIn(['probation', 'regular'])
  status?: 'probation' | 'regular';

  @ApiPropertyOptional({
    example: '2026-06-01',
    description: 'For status probation; default hire date + 3 months.',
  })
  @IsOptional()
  @IsISO8601(DATE)
  probationEndDate?: string;

  @ApiPropertyOptional({ example: 'P2' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  grade?: string;

  @ApiPropertyOptional({ description: 'Monthly base salary in minor units (分).', example: 800000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  salary?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'The user account of this person, if they sign in.' })
  @IsOptional()
  @IsUUID()
  userId?: string;
}

/** Status, position, grade and salary change through personnel actions, not here. */
export class UpdateEmployeeDto extends PartialType(PersonalDetailsDto) {
  @ApiPropertyOptional({ example: '张三' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Link or unlink the user account.' })
  @IsOptional()
  @IsUUID()
  userId?: string | null;
}

export class AddPositionDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() positionId!: string;
  @ApiProperty({ example: '2026-03-01' }) @IsISO8601(DATE) startedOn!: string;
}

export const EMPLOYEE_SORTS = ['number', '-number', 'name', '-name', 'createdAt', '-createdAt'] as const;

export class ListEmployeesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: EMPLOYEE_SORTS, default: 'number' })
  @IsOptional()
  @IsIn(EMPLOYEE_SORTS)
  sort?: (typeof EMPLOYEE_SORTS)[number];

  @ApiPropertyOptional({ enum: EMPLOYEE_STATUSES })
  @IsOptional()
  @IsIn(EMPLOYEE_STATUSES)
  status?: (typeof EMPLOYEE_STATUSES)[number];

  @ApiPropertyOptional({ format: 'uuid', description: 'Employees of this unit and the units under it.' })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  positionId?: string;

  @ApiPropertyOptional({ description: 'Part of the name or number.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class HeldPositionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) positionId!: string;
  @ApiProperty() positionCode!: string;
  @ApiProperty() positionTitle!: string;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty() isPrimary!: boolean;
  @ApiProperty({ example: '2026-03-01' }) startedOn!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) endedOn!: string | null;
}

export class EmployeeSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'E00042' }) number!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: EMPLOYEE_STATUSES }) status!: string;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) positionId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) positionTitle!: string | null;
  @ApiProperty({ example: '2026-03-01' }) hireDate!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) probationEndDate!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty() version!: number;
}

export class EmployeeResponse extends EmployeeSummaryResponse {
  @ApiPropertyOptional({ type: String, nullable: true }) gender!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) birthDate!: string | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Masked (`**************1234`) unless the caller holds employees:pii-read.',
  })
  idNumber!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) bankName!: string | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Masked unless the caller holds employees:pii-read.',
  })
  bankAccount!: string | null;
  @ApiProperty({ description: 'Whether idNumber and bankAccount are masked in this response.' })
  piiMasked!: boolean;
  @ApiPropertyOptional({ type: String, nullable: true }) email!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) address!: string | null;
  @ApiProperty({ type: [EducationDto] }) education!: EducationDto[];
  @ApiPropertyOptional({ type: EmergencyContactDto, nullable: true })
  emergencyContact!: EmergencyContactDto | null;
  @ApiPropertyOptional({ type: String, nullable: true }) leaveDate!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) grade!: string | null;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Monthly base salary in minor units; null for callers without employees:pii-read.',
  })
  salary!: number | null;
  @ApiProperty({ example: 'CNY' }) currency!: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) userId!: string | null;
  @ApiProperty({ type: [HeldPositionResponse] }) positions!: HeldPositionResponse[];
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class UploadDocumentQuery {
  @ApiProperty({
    example: 'diploma',
    description: 'What the document is: contract, diploma, id-copy, certificate…',
  })
  @Matches(/^[a-z][a-z0-9-]{1,31}$/, { message: 'kind must be 2–32 lower-case letters, digits or -' })
  kind!: string;

  @ApiProperty({ example: '学位证书' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({
    enum: CONFIDENTIALITY_LEVELS,
    description: 'internal: readers of the file; confidential: HR and the general manager; secret: HR only.',
  })
  @IsIn(CONFIDENTIALITY_LEVELS)
  confidentiality!: (typeof CONFIDENTIALITY_LEVELS)[number];
}

export class EmployeeDocumentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) employeeId!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: CONFIDENTIALITY_LEVELS }) confidentiality!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty() contentType!: string;
  @ApiProperty() size!: number;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: Date;
}
