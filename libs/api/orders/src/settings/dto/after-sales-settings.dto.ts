import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class AfterSalesSettingsView {
  @ApiProperty({ description: 'Days after delivery within which goods may be returned (七天无理由: 7).' })
  returnWindowDays!: number;

  @ApiProperty({ description: 'Months after which unspent earned rebates expire.' })
  rebateExpiryMonths!: number;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: Date;
}

export class UpdateAfterSalesSettingsDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 90 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(90)
  returnWindowDays?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 120 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  rebateExpiryMonths?: number;
}
