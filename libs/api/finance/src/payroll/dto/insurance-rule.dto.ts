import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsObject, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import type { InsuranceRule } from '../social-insurance';

/** Rates in basis points (1% = 100). */
export class InsuranceRatesDto {
  @ApiProperty({ example: 800 }) @IsInt() @Min(0) @Max(5000) pension!: number;
  @ApiProperty({ example: 200 }) @IsInt() @Min(0) @Max(5000) medical!: number;
  @ApiProperty({ example: 50 }) @IsInt() @Min(0) @Max(5000) unemployment!: number;
  @ApiProperty({ example: 0 }) @IsInt() @Min(0) @Max(5000) workInjury!: number;
  @ApiProperty({ example: 0 }) @IsInt() @Min(0) @Max(5000) maternity!: number;
  @ApiProperty({ example: 1200 }) @IsInt() @Min(0) @Max(5000) housingFund!: number;
}

export class PutInsuranceRuleDto {
  @ApiProperty({ type: InsuranceRatesDto })
  @IsObject()
  @ValidateNested()
  @Type(() => InsuranceRatesDto)
  employeeRates!: InsuranceRatesDto;
  @ApiProperty({ type: InsuranceRatesDto })
  @IsObject()
  @ValidateNested()
  @Type(() => InsuranceRatesDto)
  employerRates!: InsuranceRatesDto;
  @ApiProperty({ description: '分' }) @IsInt() @Min(0) @Max(1e9) baseFloor!: number;
  @ApiProperty({ description: '分' }) @IsInt() @Min(0) @Max(1e9) baseCeiling!: number;
  @ApiProperty({ description: '分' }) @IsInt() @Min(0) @Max(1e9) housingFundFloor!: number;
  @ApiProperty({ description: '分' }) @IsInt() @Min(0) @Max(1e9) housingFundCeiling!: number;
}

export class ListInsuranceRulesQuery {
  @ApiPropertyOptional({ example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class InsuranceRuleResponse extends PutInsuranceRuleDto {
  @ApiProperty({ example: '北京' }) city!: string;
  @ApiProperty({ example: 2026 }) year!: number;

  static from(rule: InsuranceRule): InsuranceRuleResponse {
    return { ...rule };
  }
}
