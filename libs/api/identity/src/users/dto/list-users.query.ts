import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { ROLE_CODES, RoleCode } from '../../access/roles';
import type { UserStatus } from '../user-account.entity';

export const USER_SORTS = [
  'username',
  '-username',
  'displayName',
  '-displayName',
  'createdAt',
  '-createdAt',
] as const;

export class ListUsersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: USER_SORTS, default: 'username' })
  @IsOptional()
  @IsIn(USER_SORTS)
  sort?: (typeof USER_SORTS)[number];

  @ApiPropertyOptional({ enum: ['active', 'disabled'] })
  @IsOptional()
  @IsIn(['active', 'disabled'])
  status?: UserStatus;

  @ApiPropertyOptional({ enum: ROLE_CODES })
  @IsOptional()
  @IsIn(ROLE_CODES)
  role?: RoleCode;

  @ApiPropertyOptional({ format: 'uuid', description: 'Users of this unit and the units under it.' })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;

  @ApiPropertyOptional({ description: 'Part of the username, name, email or phone.' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(100)
  q?: string;
}
