import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsInt, IsOptional, Min } from 'class-validator';
import { REBATE_KINDS, RebateKind } from '../rebate-entry.entity';

export class RedeemRebateDto {
  @ApiProperty({ minimum: 1, description: '分 of rebate to pay toward the order.' })
  @IsInt()
  @Min(1)
  amount!: number;
}

export class RebateRedemptionView {
  @ApiProperty({ format: 'uuid' }) entryId!: string;
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  @ApiProperty({ description: '分' }) amount!: number;
  @ApiProperty({ description: '分 paid on the order so far (rebate included)' }) orderPaidAmount!: number;
  @ApiProperty({ description: '分 the customer’s balance now' }) balance!: number;
}

export class RebateEntryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: REBATE_KINDS }) kind!: RebateKind;
  @ApiProperty({ description: '分; credits positive, debits negative' }) amount!: number;
  @ApiProperty({ description: '分 after this entry' }) balanceAfter!: number;
  @ApiProperty() currency!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) orderId!: string | null;
  @ApiProperty({ type: Number, nullable: true }) rateBps!: number | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt!: Date;
}

export class RebateLedgerResponse {
  @ApiProperty({ description: '分: the sum of the whole ledger' }) balance!: number;
  @ApiProperty() currency!: string;
  @ApiProperty({ type: [RebateEntryView] }) data!: RebateEntryView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class RunAsOfDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'Defaults to now.' })
  @IsOptional()
  @IsDateString()
  asOf?: string;
}

export class RebateExpiryResult {
  @ApiProperty() customers!: number;
  @ApiProperty({ description: '分 expired' }) expired!: number;
}

export class OrderCompletionResult {
  @ApiProperty() completed!: number;
}
