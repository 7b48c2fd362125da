import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import type { OrgUnitStatus } from '../org-unit.entity';
import { ORG_UNIT_CODE_PATTERN, trimmed } from './create-org-unit.dto';

/** What may change on a unit. Its kind may not: a city does not become a department. */
export class UpdateOrgUnitDto {
  @ApiPropertyOptional({ example: 'GD-GZ' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsString()
  @Matches(ORG_UNIT_CODE_PATTERN, {
    message: 'code must be 1–32 letters, digits, - or _, starting with a letter or digit',
  })
  code?: string;

  @ApiPropertyOptional({ example: '广州市', minLength: 1, maxLength: 100 })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Move the unit under another parent.' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ enum: ['active', 'archived'] })
  @IsOptional()
  @IsIn(['active', 'archived'])
  status?: OrgUnitStatus;
}
