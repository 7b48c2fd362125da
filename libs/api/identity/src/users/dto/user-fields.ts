import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ROLE_CODES, RoleCode } from '../../access/roles';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const emptyToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? (value.trim() === '' ? null : value.trim()) : value;

/** Field rules shared by the create, update and self-service bodies, declared once. */
export const UserFields = {
  username: () =>
    applyDecorators(
      ApiProperty({ example: 'li.lei', description: 'Lower-case letters, digits, . _ -; 2–64 characters.' }),
      Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)),
      IsString(),
      Matches(/^[a-z0-9][a-z0-9._-]{1,63}$/, {
        message: 'username must be 2–64 lower-case letters, digits, . _ or -',
      }),
    ),
  displayName: (optional: boolean) =>
    applyDecorators(
      optional ? ApiPropertyOptional({ example: '李雷' }) : ApiProperty({ example: '李雷' }),
      ...(optional ? [IsOptional()] : []),
      Transform(trimmed),
      IsString(),
      Length(1, 100),
    ),
  email: () =>
    applyDecorators(
      ApiPropertyOptional({ type: 'string', nullable: true, example: 'li.lei@example.com' }),
      IsOptional(),
      Transform(emptyToNull),
      IsEmail({}, { message: 'email must be an email address' }),
      MaxLength(254),
    ),
  phone: () =>
    applyDecorators(
      ApiPropertyOptional({ type: 'string', nullable: true, example: '13800138000' }),
      IsOptional(),
      Transform(emptyToNull),
      Matches(/^\+?[0-9][0-9 -]{5,30}$/, { message: 'phone must be a phone number' }),
    ),
  orgUnitId: () =>
    applyDecorators(
      ApiPropertyOptional({ type: 'string', format: 'uuid', nullable: true }),
      IsOptional(),
      IsUUID(),
    ),
  password: (name = 'password') =>
    applyDecorators(
      ApiProperty({ minLength: 12, maxLength: 256, description: `${name}: at least 12 characters.` }),
      IsString(),
      Length(1, 256),
    ),
};

export class RoleAssignmentInput {
  @ApiProperty({ enum: ROLE_CODES })
  @IsIn(ROLE_CODES)
  role!: RoleCode;

  @ApiPropertyOptional({
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'Omit or null: the whole company.',
  })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string | null;
}

export function RoleAssignmentsField() {
  return applyDecorators(
    ApiProperty({ type: [RoleAssignmentInput] }),
    ArrayMaxSize(50),
    ValidateNested({ each: true }),
    Type(() => RoleAssignmentInput),
  );
}
