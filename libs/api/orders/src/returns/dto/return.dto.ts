import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { RETURN_KINDS, RETURN_STATUSES, ReturnKind, ReturnStatus } from '../return-states';

export class ReturnLineInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  orderLineId!: string;

  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  quantity!: number;

  @ApiProperty({ maxLength: 200, example: '七天无理由' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  reason!: string;
}

export class CreateReturnDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  orderId!: string;

  @ApiProperty({ enum: RETURN_KINDS })
  @IsIn(RETURN_KINDS)
  kind!: ReturnKind;

  @ApiProperty({ type: [ReturnLineInput] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ReturnLineInput)
  lines!: ReturnLineInput[];

  @ApiPropertyOptional({ format: 'uuid', description: 'The support ticket it came from.' })
  @IsOptional()
  @IsUUID()
  ticketId?: string;
}

export class ReturnStepDto {
  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class RejectReturnDto {
  @ApiProperty({ maxLength: 500 })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;
}

export class InspectionLineInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  returnLineId!: string;

  @ApiProperty({ enum: ['restock', 'scrap'] })
  @IsIn(['restock', 'scrap'])
  disposition!: 'restock' | 'scrap';
}

export class InspectReturnDto extends ReturnStepDto {
  @ApiProperty({ type: [InspectionLineInput] })
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => InspectionLineInput)
  lines!: InspectionLineInput[];
}

export class ExchangeReturnDto extends ReturnStepDto {
  @ApiProperty({ maxLength: 60 })
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  carrier!: string;

  @ApiProperty({ maxLength: 60 })
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  trackingNumber!: string;
}

export class ListReturnsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: RETURN_STATUSES })
  @IsOptional()
  @IsIn(RETURN_STATUSES)
  status?: ReturnStatus;

  @ApiPropertyOptional({ enum: RETURN_KINDS })
  @IsOptional()
  @IsIn(RETURN_KINDS)
  kind?: ReturnKind;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  orderId?: string;
}

export class ReturnLineView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) orderLineId!: string;
  @ApiProperty({ format: 'uuid' }) skuId!: string;
  @ApiProperty() quantity!: number;
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: ['restock', 'scrap'], nullable: true }) disposition!: 'restock' | 'scrap' | null;
  @ApiProperty({ type: Number, nullable: true, description: '分' }) refundAmount!: number | null;
}

export class RefundView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['original_payment', 'cash'] }) method!: 'original_payment' | 'cash';
  @ApiProperty({ enum: ['pending', 'paid'] }) status!: 'pending' | 'paid';
  @ApiProperty({ description: '分 of money' }) amount!: number;
  @ApiProperty({ description: '分 given back as rebate' }) rebateAmount!: number;
  @ApiProperty() currency!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
}

export class ReturnHistoryView {
  @ApiProperty() action!: string;
  @ApiProperty({ type: String, nullable: true }) from!: string | null;
  @ApiProperty() to!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
  @ApiProperty() actorKind!: string;
  @ApiProperty({ type: String, nullable: true }) actorLabel!: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt!: Date;
}

export class ReturnSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'RMA-20261127-0001' }) number!: string;
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty({ enum: RETURN_KINDS }) kind!: ReturnKind;
  @ApiProperty({ enum: RETURN_STATUSES }) status!: ReturnStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) ticketId!: string | null;
  @ApiProperty({ description: '分' }) refundAmount!: number;
  @ApiProperty() currency!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
}

export class ReturnResponse extends ReturnSummary {
  @ApiProperty({ type: String, nullable: true }) rejectReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) replacementCarrier!: string | null;
  @ApiProperty({ type: String, nullable: true }) replacementTrackingNumber!: string | null;
  @ApiProperty({ type: [ReturnLineView] }) lines!: ReturnLineView[];
  @ApiProperty({ type: RefundView, nullable: true }) refund!: RefundView | null;
  @ApiProperty({ type: [ReturnHistoryView] }) history!: ReturnHistoryView[];
}
