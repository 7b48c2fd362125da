import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { PAYABLE_STATUSES } from '../payable.entity';
import type { PayableStatus } from '../payable.entity';
import { PAYMENT_RUN_STATUSES } from '../payment-run.entity';
import type { PaymentRunStatus } from '../payment-run.entity';

export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MAX_AMOUNT = 100_000_000_000;

export class ListPayablesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['dueDate', 'number'], default: 'dueDate' })
  @IsOptional()
  @IsIn(['dueDate', '-dueDate', 'number', '-number'])
  sort?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  supplierId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Only payables due on or before this day.' })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'dueBefore must be a date such as 2026-12-01' })
  dueBefore?: string;

  @ApiPropertyOptional({ enum: PAYABLE_STATUSES })
  @IsOptional()
  @IsIn(PAYABLE_STATUSES)
  status?: PayableStatus;
}

export class PayableResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'AP-20261128-0001' }) number!: string;
  @ApiProperty({ format: 'uuid' }) supplierId!: string;
  @ApiProperty({ format: 'uuid' }) invoiceId!: string;
  @ApiProperty() invoiceNumber!: string;
  @ApiProperty() supplierInvoiceNumber!: string;
  @ApiProperty({ example: 'CNY' }) currency!: string;
  @ApiProperty({ description: '分' }) amount!: number;
  @ApiProperty() paidAmount!: number;
  @ApiProperty({ description: 'Held by payment runs not yet paid.' }) reservedAmount!: number;
  @ApiProperty({ description: 'Free to put in a payment run.' }) outstandingAmount!: number;
  @ApiProperty({ format: 'date' }) invoiceDate!: string;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty({ enum: PAYABLE_STATUSES }) status!: PayableStatus;
  @ApiProperty() version!: number;
}

export class PaymentRunLineInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  payableId!: string;

  @ApiPropertyOptional({ description: 'A partial payment, 分; the whole outstanding amount when omitted.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_AMOUNT)
  amount?: number;
}

export class CreatePaymentRunDto {
  @ApiProperty({ format: 'date', example: '2026-11-30' })
  @Matches(DATE_PATTERN, { message: 'paymentDate must be a date such as 2026-11-30' })
  paymentDate!: string;

  @ApiProperty({ type: [PaymentRunLineInput] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => PaymentRunLineInput)
  lines!: PaymentRunLineInput[];
}

export class ListPaymentRunsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['createdAt'], default: '-createdAt' })
  @IsOptional()
  @IsIn(['createdAt', '-createdAt'])
  sort?: string;

  @ApiPropertyOptional({ enum: PAYMENT_RUN_STATUSES })
  @IsOptional()
  @IsIn(PAYMENT_RUN_STATUSES)
  status?: PaymentRunStatus;
}

export class PaymentRunLineResponse {
  @ApiProperty({ format: 'uuid' }) payableId!: string;
  @ApiProperty() payableNumber!: string;
  @ApiProperty({ format: 'uuid' }) supplierId!: string;
  @ApiProperty() supplierInvoiceNumber!: string;
  @ApiProperty({ description: '分' }) amount!: number;
}

export class PaymentRunResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'PR-20261128-0001' }) number!: string;
  @ApiProperty({ enum: PAYMENT_RUN_STATUSES }) status!: PaymentRunStatus;
  @ApiProperty({ format: 'date' }) paymentDate!: string;
  @ApiProperty() currency!: string;
  @ApiProperty() totalAmount!: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdBy!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) approvedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) approvedAt!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) paidBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) paidAt!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: string;
  @ApiPropertyOptional({ type: [PaymentRunLineResponse], description: 'On the detail only.' })
  lines?: PaymentRunLineResponse[];
}

export class SupplierStatementQuery {
  @ApiProperty({ format: 'date' })
  @Matches(DATE_PATTERN, { message: 'from must be a date such as 2026-11-01' })
  from!: string;

  @ApiProperty({ format: 'date' })
  @Matches(DATE_PATTERN, { message: 'to must be a date such as 2026-11-30' })
  to!: string;
}

export class SupplierStatementLineResponse {
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ enum: ['invoice', 'payment'] }) kind!: 'invoice' | 'payment';
  @ApiProperty({ description: 'The supplier’s invoice number, or the payment run’s.' }) reference!: string;
  @ApiProperty() invoiced!: number;
  @ApiProperty() paid!: number;
  @ApiProperty({ description: 'What we owe after this line.' }) balance!: number;
}

export class SupplierStatementResponse {
  @ApiProperty({ format: 'uuid' }) supplierId!: string;
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ example: 'CNY' }) currency!: string;
  @ApiProperty() openingBalance!: number;
  @ApiProperty({ type: [SupplierStatementLineResponse] }) lines!: SupplierStatementLineResponse[];
  @ApiProperty() closingBalance!: number;
}
