import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { LOGISTICS_PARTNER_STATUSES, LogisticsPartnerStatus } from '../logistics-partner.entity';
import type { LogisticsPartner } from '../logistics-partner.entity';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class LogisticsContactDto {
  @ApiProperty({ example: '李调度' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiPropertyOptional({ example: '13800138000' })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{5,20}$/, { message: 'phone must be a phone number' })
  phone?: string;

  @ApiPropertyOptional({ example: '调度' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  role?: string;
}

export class CreateLogisticsPartnerDto {
  @ApiProperty({ example: 'SF-PRD' })
  @Transform(trimmed)
  @Matches(/^[A-Za-z0-9_-]{2,32}$/, { message: 'code must be 2–32 letters, digits, - or _' })
  code!: string;

  @ApiProperty({ example: '顺丰速运珠三角' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ format: 'uuid', description: 'The region (org unit of kind region) it serves.' })
  @IsUUID()
  regionId!: string;

  @ApiPropertyOptional({ type: [LogisticsContactDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => LogisticsContactDto)
  contacts?: LogisticsContactDto[];

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Cities of the region it delivers to.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  cityIds?: string[];

  @ApiPropertyOptional({ example: '次日达；首重 8 元，续重 2 元/kg；月结' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  terms?: string;

  @ApiPropertyOptional({ enum: LOGISTICS_PARTNER_STATUSES })
  @IsOptional()
  @IsIn(LOGISTICS_PARTNER_STATUSES)
  status?: LogisticsPartnerStatus;
}

export class UpdateLogisticsPartnerDto extends PartialType(CreateLogisticsPartnerDto) {}

export class ListLogisticsPartnersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['name', '-name', 'createdAt', '-createdAt'] })
  @IsOptional()
  @IsIn(['name', '-name', 'createdAt', '-createdAt'])
  sort?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ enum: LOGISTICS_PARTNER_STATUSES })
  @IsOptional()
  @IsIn(LOGISTICS_PARTNER_STATUSES)
  status?: LogisticsPartnerStatus;
}

export class LogisticsPartnerResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'uuid' }) regionId!: string;
  @ApiProperty({ type: [LogisticsContactDto] }) contacts!: LogisticsContactDto[];
  @ApiProperty({ type: [String], format: 'uuid' }) cityIds!: string[];
  @ApiProperty({ type: 'string', nullable: true }) terms!: string | null;
  @ApiProperty({ enum: LOGISTICS_PARTNER_STATUSES }) status!: LogisticsPartnerStatus;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;

  static from(p: LogisticsPartner): LogisticsPartnerResponse {
    return {
      id: p.id,
      code: p.code,
      name: p.name,
      regionId: p.regionId,
      contacts: p.contacts,
      cityIds: p.cityIds,
      terms: p.terms,
      status: p.status,
      version: p.version,
      createdAt: p.createdAt.toISOString(),
      updatedAt: p.updatedAt.toISOString(),
    };
  }
}
