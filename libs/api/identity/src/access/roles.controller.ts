import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { RequirePermission, SignedIn } from '@zhanggui/api-platform';
import { PermissionCatalog } from './permission-catalog';
import { ROLE_CODES, ROLES } from './roles';

class LocalizedName {
  @ApiProperty({ example: '区域经理' })
  zh!: string;

  @ApiProperty({ example: 'Regional manager' })
  en!: string;
}

class RoleResponse {
  @ApiProperty({ enum: ROLE_CODES })
  code!: string;

  @ApiProperty({ type: LocalizedName })
  name!: LocalizedName;

  @ApiProperty({ type: [String] })
  permissions!: string[];
}

class PermissionResponse {
  @ApiProperty({ example: 'users:read' })
  permission!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ type: [String], description: 'Roles that hold it.' })
  roles!: string[];
}

@ApiTags('roles')
@Controller()
export class RolesController {
  constructor(private readonly catalog: PermissionCatalog) {}

  @Get('roles')
  @SignedIn()
  @ApiOperation({
    summary: 'The roles of the company and the permissions each holds (anyone signed in may read them).',
  })
  @ApiOkResponse({ type: [RoleResponse] })
  roles(): RoleResponse[] {
    return ROLE_CODES.map((code) => ({
      code,
      name: { ...ROLES[code] },
      permissions: [...this.catalog.permissionsOf([code])].sort(),
    }));
  }

  @Get('permissions')
  @RequirePermission('roles:read')
  @ApiOperation({ summary: 'Every permission, what it allows, and which roles hold it.' })
  @ApiOkResponse({ type: [PermissionResponse] })
  permissions(): PermissionResponse[] {
    return this.catalog.all().map((grant) => ({
      permission: grant.permission,
      description: grant.description,
      roles: this.catalog.rolesHolding(grant.permission),
    }));
  }
}
