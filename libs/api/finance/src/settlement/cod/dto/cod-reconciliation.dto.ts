import { ApiProperty } from '@nestjs/swagger';

export class DepositImportResponse {
  @ApiProperty({ description: 'Deposit lines added.' }) lines!: number;
  @ApiProperty({ description: 'Lines already imported (same date and bank reference).' }) duplicates!: number;
  @ApiProperty({ description: 'Remittances matched to a deposit by this import.' }) matched!: number;
}

export class UnmatchedRemittanceResponse {
  @ApiProperty({ format: 'uuid' }) remittanceId!: string;
  @ApiProperty() number!: string;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty({ description: 'Handed in, 分.' }) amount!: number;
}

export class UnmatchedDepositResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() reference!: string;
  @ApiProperty({ description: '分' }) amount!: number;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
}

export class CodDayResponse {
  @ApiProperty({ format: 'date' }) day!: string;
  @ApiProperty({ description: 'Confirmed remittances of the day, 分.' }) remittedAmount!: number;
  @ApiProperty({ description: 'Bank deposits of the day, 分.' }) depositedAmount!: number;
  @ApiProperty({ description: 'Remittances of the day matched to a deposit.' }) matched!: number;
  @ApiProperty({ type: [UnmatchedRemittanceResponse] }) unmatchedRemittances!: UnmatchedRemittanceResponse[];
  @ApiProperty({ type: [UnmatchedDepositResponse] }) unmatchedDeposits!: UnmatchedDepositResponse[];
}
