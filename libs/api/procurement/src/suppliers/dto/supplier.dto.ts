import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { SUPPLIER_STATUSES, SupplierStatus } from '../supplier.entity';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const digitsOnly = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.replace(/[\s-]+/g, '') : value;

export class SupplierContactDto {
  @ApiProperty({ example: '王经理' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiPropertyOptional({ example: '13800138000' })
  @IsOptional()
  @Transform(trimmed)
  @Matches(/^\+?[0-9 ()-]{5,20}$/, { message: 'phone must be a phone number' })
  phone?: string;

  @ApiPropertyOptional({ example: 'wang@example.com' })
  @IsOptional()
  @Transform(trimmed)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(200)
  email?: string;
}

/** The fields a supplier may change; every one optional (PATCH). */
export class UpdateSupplierDto {
  @ApiPropertyOptional({ example: '深圳市绿源电子有限公司' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ type: [SupplierContactDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SupplierContactDto)
  contacts?: SupplierContactDto[];

  @ApiPropertyOptional({ type: 'string', nullable: true, example: '招商银行深圳分行' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  bankName?: string | null;

  @ApiPropertyOptional({
    type: 'string',
    nullable: true,
    example: '6222021234561234',
    description: 'Digits; spaces are removed. Shown masked to anyone without suppliers:bank-read.',
  })
  @IsOptional()
  @Transform(digitsOnly)
  @Matches(/^\d{6,34}$/, { message: 'bankAccount must be 6 to 34 digits' })
  bankAccount?: string | null;

  @ApiPropertyOptional({ description: 'Net days after the invoice date.', example: 30 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  paymentTermsDays?: number;

  @ApiPropertyOptional({ description: 'Usual days from order to delivery.', example: 7 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  leadTimeDays?: number;

  @ApiPropertyOptional({ enum: SUPPLIER_STATUSES })
  @IsOptional()
  @IsIn(SUPPLIER_STATUSES)
  status?: SupplierStatus;

  @ApiPropertyOptional({ type: 'string', nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

/** The minimal contract is `{code, name}`. */
export class CreateSupplierDto extends UpdateSupplierDto {
  // Required here: a subclass's conditional replaces the parent's @IsOptional(); without it, leaving the
  // field out passed validation and failed in the database as a 500 (found by the fuzz suite).
  @ApiProperty({ example: 'SUP-LY' })
  @Transform(trimmed)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, {
    message: 'code must be 1–32 letters, digits, - or _',
  })
  code!: string;

  @ApiProperty({ example: '深圳市绿源电子有限公司' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  @ValidateIf(() => true)
  declare name: string;
}

export class ListSuppliersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['name', '-name', 'code', '-code', 'createdAt', '-createdAt'] })
  @IsOptional()
  @IsIn(['name', '-name', 'code', '-code', 'createdAt', '-createdAt'])
  sort?: string;

  @ApiPropertyOptional({ enum: SUPPLIER_STATUSES })
  @IsOptional()
  @IsIn(SUPPLIER_STATUSES)
  status?: SupplierStatus;

  @ApiPropertyOptional({ description: 'Part of the name or code.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class SupplierRatingResponse {
  @ApiProperty({ description: 'Orders whose promised date has passed, or that arrived in full.' })
  deliveries!: number;

  @ApiProperty({ description: 'Of those, arrived in full by the promised day.' })
  onTime!: number;

  @ApiProperty({ description: 'Of those, everything ordered arrived.' })
  complete!: number;

  @ApiProperty({ type: 'integer', nullable: true, description: '0–100; null without history.' })
  score!: number | null;
}

export class SupplierContactResponse {
  @ApiProperty()
  name!: string;

  @ApiPropertyOptional()
  phone?: string;

  @ApiPropertyOptional()
  email?: string;
}

export class SupplierResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  code!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: [SupplierContactResponse] })
  contacts!: SupplierContactResponse[];

  @ApiProperty({ type: 'string', nullable: true })
  bankName!: string | null;

  @ApiProperty({
    type: 'string',
    nullable: true,
    description: 'Masked (`6222 **** **** 1234`) in lists and for callers without suppliers:bank-read.',
  })
  bankAccount!: string | null;

  @ApiProperty({ description: 'Whether bankAccount is masked.' })
  bankAccountMasked!: boolean;

  @ApiProperty()
  paymentTermsDays!: number;

  @ApiProperty()
  leadTimeDays!: number;

  @ApiProperty({ enum: SUPPLIER_STATUSES })
  status!: SupplierStatus;

  @ApiProperty({ type: 'string', nullable: true })
  note!: string | null;

  @ApiProperty({ type: SupplierRatingResponse })
  rating!: SupplierRatingResponse;

  @ApiProperty()
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}
