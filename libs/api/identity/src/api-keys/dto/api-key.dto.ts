import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDate,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
} from 'class-validator';
import type { ApiKey } from '../api-key.entity';
import { IsoDateTime } from '@zhanggui/api-platform';

export class CreateApiKeyDto {
  @ApiProperty({ example: '官网 (website)' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiProperty({ type: [String], example: ['org-units:read'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @Matches(/^[a-z][a-z-]*:[a-z][a-z-]*$/, { each: true, message: 'each permission must be resource:action' })
  permissions!: string[];

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Limit the key to this org unit and the units under it.',
  })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsoDateTime()
  @IsDate({ message: 'expiresAt must be an ISO-8601 date-time' })
  expiresAt?: Date;
}

export class ApiKeyResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ description: 'The visible start of the key: zg_<prefix>_…' })
  prefix!: string;

  @ApiProperty({ type: [String] })
  permissions!: string[];

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  orgUnitId!: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  expiresAt!: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  lastUsedAt!: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  revokedAt!: string | null;

  @ApiProperty({ enum: ['active', 'expired', 'revoked'] })
  status!: 'active' | 'expired' | 'revoked';

  @ApiProperty()
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  static from(key: ApiKey): ApiKeyResponse {
    const status = key.revokedAt
      ? 'revoked'
      : key.expiresAt && key.expiresAt.getTime() <= Date.now()
        ? 'expired'
        : 'active';
    return {
      id: key.id,
      name: key.name,
      prefix: key.prefix,
      permissions: key.permissions,
      orgUnitId: key.orgUnitId,
      expiresAt: key.expiresAt?.toISOString() ?? null,
      lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
      revokedAt: key.revokedAt?.toISOString() ?? null,
      status,
      version: key.version,
      createdAt: key.createdAt.toISOString(),
    };
  }
}

export class CreatedApiKeyResponse extends ApiKeyResponse {
  @ApiProperty({ description: 'The key itself. Shown this once: it is stored only as a hash.' })
  secret!: string;
}
