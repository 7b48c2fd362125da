import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import type { MemberLevel } from '../member-level.entity';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateMemberLevelDto {
  @ApiProperty({ example: '银卡会员' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 40)
  nameZh!: string;

  @ApiProperty({ example: 'Silver' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 60)
  nameEn!: string;

  @ApiProperty({
    example: 200000,
    description:
      'Completed-order spend over the rolling 12 months from which the level applies, in 分 (CNY).',
  })
  @IsInt()
  @Min(0)
  @Max(1_000_000_000_000)
  thresholdAmount!: number;

  @ApiProperty({ example: 100, description: 'Rebate in basis points of the paid amount (100 = 1 %).' })
  @IsInt()
  @Min(0)
  @Max(10_000)
  rebateBps!: number;
}

export class UpdateMemberLevelDto extends PartialType(CreateMemberLevelDto) {}

export class ListMemberLevelsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['threshold', '-threshold'], default: 'threshold' })
  @IsOptional()
  @IsIn(['threshold', '-threshold'])
  sort?: 'threshold' | '-threshold';
}

export class MemberLevelResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: '银卡会员' })
  nameZh!: string;

  @ApiProperty({ example: 'Silver' })
  nameEn!: string;

  @ApiProperty({ example: 200000, description: 'Minor units (分).' })
  thresholdAmount!: number;

  @ApiProperty({ example: 'CNY' })
  currency!: string;

  @ApiProperty({ example: 100 })
  rebateBps!: number;

  @ApiProperty()
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  static from(level: MemberLevel): MemberLevelResponse {
    return {
      id: level.id,
      nameZh: level.nameZh,
      nameEn: level.nameEn,
      thresholdAmount: level.thresholdAmount,
      currency: level.currency,
      rebateBps: level.rebateBps,
      version: level.version,
      createdAt: level.createdAt.toISOString(),
      updatedAt: level.updatedAt.toISOString(),
    };
  }
}

export class RecomputeResponse {
  @ApiProperty({ description: 'Active members looked at.' })
  members!: number;

  @ApiProperty({ description: 'Members whose level changed.' })
  changed!: number;
}
