import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsIn, IsOptional } from 'class-validator';
import type { UserStatus } from '../user-account.entity';
import { RoleAssignmentInput, RoleAssignmentsField, UserFields } from './user-fields';

export class CreateUserDto {
  @UserFields.username()
  username!: string;

  @UserFields.displayName(false)
  displayName!: string;

  @UserFields.email()
  email?: string | null;

  @UserFields.phone()
  phone?: string | null;

  @UserFields.orgUnitId()
  orgUnitId?: string | null;

  @UserFields.password('The initial password')
  password!: string;

  // Optional when creating (a user may start without roles): documented so, not as required (fuzz suite).
  @ApiPropertyOptional({ type: [RoleAssignmentInput] })
  @IsOptional()
  @IsArray()
  @RoleAssignmentsField()
  roles?: RoleAssignmentInput[];
}

/** An administrator's changes to an account. Roles have their own route; passwords too. */
export class UpdateUserDto {
  @UserFields.displayName(true)
  displayName?: string;

  @UserFields.email()
  email?: string | null;

  @UserFields.phone()
  phone?: string | null;

  @UserFields.orgUnitId()
  orgUnitId?: string | null;

  @ApiPropertyOptional({
    enum: ['active', 'disabled'],
    description: 'Disabling signs the user out everywhere.',
  })
  @IsOptional()
  @IsIn(['active', 'disabled'])
  status?: UserStatus;
}

/** What people may change about themselves: never their roles, status or unit (mass assignment is refused). */
export class UpdateOwnProfileDto {
  @UserFields.displayName(true)
  displayName?: string;

  @UserFields.email()
  email?: string | null;

  @UserFields.phone()
  phone?: string | null;
}

export class SetRolesDto {
  @IsArray()
  @RoleAssignmentsField()
  roles!: RoleAssignmentInput[];
}

export class ResetPasswordDto {
  @UserFields.password('The new password')
  password!: string;
}

export class ChangeOwnPasswordDto {
  @UserFields.password('The current password')
  currentPassword!: string;

  @UserFields.password('The new password')
  newPassword!: string;
}
