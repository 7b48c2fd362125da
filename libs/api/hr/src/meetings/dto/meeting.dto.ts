import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';

export class CreateMeetingDto {
  @ApiProperty({ example: '销售部 11 月例会' }) @IsString() @MinLength(1) @MaxLength(200) title!: string;
  @ApiProperty({ format: 'uuid', description: 'The unit whose meeting it is (its managers see it).' })
  @IsUUID()
  orgUnitId!: string;
  @ApiProperty({ example: '2026-11-30T02:00:00.000Z' }) @IsISO8601({ strict: true }) heldAt!: string;
  @ApiPropertyOptional({ example: '3 楼会议室' }) @IsOptional() @IsString() @MaxLength(200) location?: string;
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Employees attending.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  attendeeIds?: string[];
  @ApiPropertyOptional({ example: '1. 11 月业绩回顾 2. 双十二备战' })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  agenda?: string;
}

export class MinutesDto {
  @ApiProperty({ example: '会议决定：…' }) @IsString() @MinLength(1) @MaxLength(100_000) minutes!: string;
}

export class CreateActionItemDto {
  @ApiProperty({ example: '整理双十二备货清单' }) @IsString() @MinLength(1) @MaxLength(300) title!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() ownerEmployeeId!: string;
  @ApiProperty({ example: '2026-12-05' }) @IsISO8601({ strict: true }) dueOn!: string;
}

export class ActionItemResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'uuid' }) ownerEmployeeId!: string;
  @ApiProperty() dueOn!: string;
  @ApiProperty({ enum: ['open', 'done'] }) status!: string;
  @ApiPropertyOptional({ type: Date, nullable: true }) doneAt!: Date | null;
  @ApiProperty() version!: number;
}

export class MeetingResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'MT-20261128-0001' }) number!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty() heldAt!: Date;
  @ApiPropertyOptional({ type: String, nullable: true }) location!: string | null;
  @ApiProperty({ type: [String] }) attendeeIds!: string[];
  @ApiProperty() agenda!: string;
  @ApiProperty({ enum: ['scheduled', 'held'] }) status!: string;
  @ApiProperty() version!: number;
}

export class MeetingDetailResponse extends MeetingResponse {
  @ApiPropertyOptional({ type: String, nullable: true }) minutes!: string | null;
  @ApiProperty({ type: [ActionItemResponse] }) actionItems!: ActionItemResponse[];
}

export class ListMeetingsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['heldAt', '-heldAt'], default: '-heldAt' })
  @IsOptional()
  @IsIn(['heldAt', '-heldAt'])
  sort?: string;
  @ApiPropertyOptional({ enum: ['scheduled', 'held'] })
  @IsOptional()
  @IsIn(['scheduled', 'held'])
  status?: string;
}

export class ListActionItemsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['dueOn'], default: 'dueOn' }) @IsOptional() @IsIn(['dueOn']) sort?: string;
  @ApiPropertyOptional({ enum: ['open', 'done'] }) @IsOptional() @IsIn(['open', 'done']) status?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() ownerEmployeeId?: string;
}
