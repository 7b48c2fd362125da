import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { ORG_UNIT_KINDS, OrgUnitKind } from '../org-unit-kind';
import type { OrgUnitStatus } from '../org-unit.entity';

export const ORG_UNIT_SORTS = ['code', '-code', 'name', '-name', 'createdAt', '-createdAt'] as const;

export class ListOrgUnitsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ORG_UNIT_SORTS, default: 'code' })
  @IsOptional()
  @IsIn(ORG_UNIT_SORTS)
  sort?: (typeof ORG_UNIT_SORTS)[number];

  @ApiPropertyOptional({ enum: ORG_UNIT_KINDS })
  @IsOptional()
  @IsIn(ORG_UNIT_KINDS)
  kind?: OrgUnitKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the direct children of this unit.' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ enum: ['active', 'archived'] })
  @IsOptional()
  @IsIn(['active', 'archived'])
  status?: OrgUnitStatus;

  @ApiPropertyOptional({ description: 'Part of the name or code.' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(100)
  q?: string;
}
