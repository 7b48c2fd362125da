import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';
import type { AccountingPeriod, PeriodStatus } from '../accounting-period.entity';

export const PERIOD_PATTERN = /^[0-9]{4}-(0[1-9]|1[0-2])$/;

export class ReopenPeriodDto {
  @ApiProperty({
    example: '补记漏记的供应商发票',
    description: 'Why the closed month must change (audited).',
  })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 500)
  reason!: string;
}

export class PeriodResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2026-11' }) code!: string;
  @ApiProperty({ format: 'date' }) startDate!: string;
  @ApiProperty({ format: 'date' }) endDate!: string;
  @ApiProperty({ enum: ['open', 'closed'] }) status!: PeriodStatus;
  @ApiProperty({ description: 'Vouchers numbered so far in the period.' }) entryCount!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) closedBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) reopenedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) reopenReason!: string | null;
  @ApiProperty() version!: number;

  static from(period: AccountingPeriod): PeriodResponse {
    return {
      id: period.id,
      code: period.code,
      startDate: period.startDate,
      endDate: period.endDate,
      status: period.status,
      entryCount: period.entrySequence,
      closedAt: period.closedAt?.toISOString() ?? null,
      closedBy: period.closedBy,
      reopenedAt: period.reopenedAt?.toISOString() ?? null,
      reopenReason: period.reopenReason,
      version: period.version,
    };
  }
}
