import { ApiProperty } from '@nestjs/swagger';
import { ORG_UNIT_KINDS, OrgUnitKind } from '../org-unit-kind';
import type { OrgUnit, OrgUnitStatus } from '../org-unit.entity';

export class OrgUnitResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'GD-GZ' })
  code!: string;

  @ApiProperty({ example: '广州市' })
  name!: string;

  @ApiProperty({ enum: ORG_UNIT_KINDS })
  kind!: OrgUnitKind;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  parentId!: string | null;

  @ApiProperty({ enum: ['active', 'archived'] })
  status!: OrgUnitStatus;

  @ApiProperty({ description: 'Bumped by every change; send it back as If-Match (it is also the ETag).' })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  static from(unit: OrgUnit): OrgUnitResponse {
    return {
      id: unit.id,
      code: unit.code,
      name: unit.name,
      kind: unit.kind,
      parentId: unit.parentId,
      status: unit.status,
      version: unit.version,
      createdAt: unit.createdAt.toISOString(),
      updatedAt: unit.updatedAt.toISOString(),
    };
  }
}
