import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDate, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsoDateTime, PageQuery } from '@zhanggui/api-platform';

export class ListAuditEventsQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'org_unit', description: 'The kind of record (its table).' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_]{0,59}$/, { message: 'entityType must be a table name such as org_unit' })
  entityType?: string;

  @ApiPropertyOptional({ description: 'One record’s history (with entityType).' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Changes made by this user or API key.' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsoDateTime()
  @IsDate({ message: 'from must be an ISO-8601 date-time' })
  from?: Date;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsoDateTime()
  @IsDate({ message: 'to must be an ISO-8601 date-time' })
  to?: Date;
}
