import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { TRAINING_KINDS, TRAINING_RESULTS } from '../training-record.entity';

export class CreateTrainingRecordDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() employeeId!: string;
  @ApiProperty({ example: '客户投诉处理技巧' }) @IsString() @MinLength(1) @MaxLength(200) title!: string;
  @ApiProperty({ enum: TRAINING_KINDS }) @IsIn(TRAINING_KINDS) kind!: string;
  @ApiPropertyOptional({ example: '广州某培训机构' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  provider?: string;
  @ApiProperty({ example: '2026-11-02' }) @IsISO8601({ strict: true }) startsOn!: string;
  @ApiProperty({ example: '2026-11-03' }) @IsISO8601({ strict: true }) endsOn!: string;
  @ApiProperty({ example: 12 }) @IsNumber({ maxDecimalPlaces: 1 }) @Min(0.5) @Max(2000) hours!: number;
  @ApiPropertyOptional({ example: 150000, description: 'Minor units (分), CNY.', default: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  cost?: number;
  @ApiProperty({ enum: TRAINING_RESULTS }) @IsIn(TRAINING_RESULTS) result!: string;
  @ApiPropertyOptional({ example: 88 }) @IsOptional() @IsInt() @Min(0) @Max(100) score?: number;
  @ApiPropertyOptional({ example: '结业证书 No.2026-118' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  certificate?: string;
}

export class TrainingRecordResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'TR-20261128-0001' }) number!: string;
  @ApiProperty({ format: 'uuid' }) employeeId!: string;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: TRAINING_KINDS }) kind!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) provider!: string | null;
  @ApiProperty() startsOn!: string;
  @ApiProperty() endsOn!: string;
  @ApiProperty() hours!: number;
  @ApiProperty({ description: 'Minor units (分).' }) cost!: number;
  @ApiProperty({ example: 'CNY' }) currency!: string;
  @ApiProperty({ enum: TRAINING_RESULTS }) result!: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) score!: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) certificate!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: Date;
}

export class ListTrainingRecordsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['startsOn', '-startsOn'], default: '-startsOn' })
  @IsOptional()
  @IsIn(['startsOn', '-startsOn'])
  sort?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() employeeId?: string;
  @ApiPropertyOptional({ enum: TRAINING_KINDS }) @IsOptional() @IsIn(TRAINING_KINDS) kind?: string;
}
