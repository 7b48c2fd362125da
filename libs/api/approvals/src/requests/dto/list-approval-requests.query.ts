import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import type { ApprovalStatus } from '../approval-chain';

export class ListApprovalRequestsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['pending', 'approved', 'rejected', 'cancelled'] })
  @IsOptional()
  @IsIn(['pending', 'approved', 'rejected', 'cancelled'])
  status?: ApprovalStatus;

  @ApiPropertyOptional({ example: 'purchase_order' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_]{0,59}$/, { message: 'subjectType must be a record type such as purchase_order' })
  subjectType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  subjectId?: string;

  @ApiPropertyOptional({ description: 'Only the requests you asked for.' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  mine?: boolean;
}
