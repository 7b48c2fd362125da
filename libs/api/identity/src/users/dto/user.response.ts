import { ApiProperty } from '@nestjs/swagger';
import { ROLE_CODES, RoleCode } from '../../access/roles';
import type { RoleAssignment } from '../role-assignment.entity';
import type { UserAccount, UserStatus } from '../user-account.entity';

export class RoleAssignmentView {
  @ApiProperty({ enum: ROLE_CODES })
  role!: RoleCode;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true, description: 'null: the whole company' })
  orgUnitId!: string | null;
}

export class UserResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'li.lei' })
  username!: string;

  @ApiProperty({ example: '李雷' })
  displayName!: string;

  @ApiProperty({ type: 'string', nullable: true })
  email!: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  phone!: string | null;

  @ApiProperty({ enum: ['active', 'disabled'] })
  status!: UserStatus;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  orgUnitId!: string | null;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  employeeId!: string | null;

  @ApiProperty({ type: [RoleAssignmentView] })
  roles!: RoleAssignmentView[];

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  lastSignedInAt!: string | null;

  @ApiProperty()
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  static from(user: UserAccount, roles: RoleAssignment[] = user.roles ?? []): UserResponse {
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      email: user.email,
      phone: user.phone,
      status: user.status,
      orgUnitId: user.orgUnitId,
      employeeId: user.employeeId,
      roles: roles.map((r) => ({ role: r.role, orgUnitId: r.orgUnitId })),
      lastSignedInAt: user.lastSignedInAt?.toISOString() ?? null,
      version: user.version,
      createdAt: user.createdAt.toISOString(),
      updatedAt: user.updatedAt.toISOString(),
    };
  }
}
