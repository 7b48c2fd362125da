import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { ORG_UNIT_KINDS, OrgUnitKind } from '../org-unit-kind';

export const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upperCased = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;

export const ORG_UNIT_CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{0,31}$/;

export class CreateOrgUnitDto {
  @ApiProperty({ example: 'GD-GZ', description: 'Letters, digits, - and _; stored upper case; unique.' })
  @Transform(upperCased)
  @IsString()
  @Matches(ORG_UNIT_CODE_PATTERN, {
    message: 'code must be 1–32 letters, digits, - or _, starting with a letter or digit',
  })
  code!: string;

  @ApiProperty({ example: '广州市', minLength: 1, maxLength: 100 })
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiProperty({ enum: ORG_UNIT_KINDS })
  @IsIn(ORG_UNIT_KINDS)
  kind!: OrgUnitKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required for every kind but the company.' })
  @IsOptional()
  @IsUUID()
  parentId?: string;
}
