import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import {
  TICKET_CATEGORIES,
  TICKET_CHANNELS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  TicketCategory,
  TicketChannel,
  TicketPriority,
  TicketStatus,
} from '../ticket-states';

export class CreateTicketDto {
  @ApiProperty({ maxLength: 200 }) @IsString() @MinLength(1) @MaxLength(200) subject!: string;

  @ApiPropertyOptional({
    description: 'What the customer said: the first entry of the thread.',
    maxLength: 20000,
  })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string;

  @ApiProperty({ enum: TICKET_CHANNELS, description: 'API keys (the website) default to `api`.' })
  @IsIn(TICKET_CHANNELS)
  channel!: TicketChannel;

  @ApiProperty({ format: 'uuid' }) @IsUUID() customerId!: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() orderId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'A return or exchange (售后) the ticket is about.' })
  @IsOptional()
  @IsUUID()
  returnId?: string;

  @ApiProperty({ enum: TICKET_CATEGORIES }) @IsIn(TICKET_CATEGORIES) category!: TicketCategory;
  @ApiPropertyOptional({ enum: TICKET_PRIORITIES, default: 'normal' })
  @IsOptional()
  @IsIn(TICKET_PRIORITIES)
  priority?: TicketPriority;

  @ApiPropertyOptional({ format: 'uuid', description: 'Defaults to the first active queue by code.' })
  @IsOptional()
  @IsUUID()
  queueId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'A member of the queue.' })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  tags?: string[];
}

export class UpdateTicketDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  subject?: string;
  @ApiPropertyOptional({ enum: TICKET_CATEGORIES })
  @IsOptional()
  @IsIn(TICKET_CATEGORIES)
  category?: TicketCategory;
  @ApiPropertyOptional({ enum: TICKET_PRIORITIES })
  @IsOptional()
  @IsIn(TICKET_PRIORITIES)
  priority?: TicketPriority;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  tags?: string[];
  @ApiPropertyOptional({ format: 'uuid', type: 'string', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  orderId?: string | null;
  @ApiPropertyOptional({ format: 'uuid', type: 'string', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  returnId?: string | null;
}

export class AssignTicketDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Move to another queue (lead only).' })
  @IsOptional()
  @IsUUID()
  queueId?: string;
  @ApiPropertyOptional({
    format: 'uuid',
    type: 'string',
    nullable: true,
    description: 'A member of the queue; agents may only take a ticket themselves; null unassigns.',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  assigneeId?: string | null;
}

export class TransitionDto {
  @ApiProperty({
    enum: TICKET_STATUSES,
    description:
      'new → open | waiting_on_customer | resolved; open → waiting_on_customer | resolved; waiting_on_customer → open | resolved; resolved → closed | open (reopen); closed → open (reopen). Reopening only within the reopen window. Anything else is 409 TICKET_TRANSITION_NOT_ALLOWED.',
  })
  @IsIn(TICKET_STATUSES)
  status!: TicketStatus;
  @ApiPropertyOptional({ maxLength: 1000 }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class MessageDto {
  @ApiProperty({
    enum: ['reply', 'note', 'customer'],
    description:
      'reply: public, to the customer (the first one stops the first-response clock); note: internal, never shown to the customer; customer: what the customer wrote or said (moves a ticket waiting on the customer back to open).',
  })
  @IsIn(['reply', 'note', 'customer'])
  kind!: 'reply' | 'note' | 'customer';
  @ApiProperty({ maxLength: 20000 }) @IsString() @MinLength(1) @MaxLength(20000) body!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The standard answer the text was rendered from.' })
  @IsOptional()
  @IsUUID()
  standardAnswerId?: string;
  @ApiPropertyOptional({
    enum: ['waiting_on_customer', 'resolved'],
    description: 'Reply and then move the ticket (e.g. ask a question and wait for the customer).',
  })
  @IsOptional()
  @IsIn(['waiting_on_customer', 'resolved'])
  thenStatus?: 'waiting_on_customer' | 'resolved';
}

export class SatisfactionDto {
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) score!: number;
  @ApiPropertyOptional({ maxLength: 1000 }) @IsOptional() @IsString() @MaxLength(1000) comment?: string;
}

export class RenderAnswerDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() standardAnswerId!: string;
}

export class ThreadQuery {
  @ApiPropertyOptional({
    description: 'Include internal notes (default true); false shows what the customer saw.',
  })
  @IsOptional()
  @Type(() => String)
  @IsIn(['true', 'false'])
  notes?: 'true' | 'false';
}

export const TICKET_SORTS = ['createdAt', '-createdAt', 'due', '-due', 'number', '-number'] as const;

export class ListTicketsQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: TICKET_SORTS,
    default: '-createdAt',
    description: '`due`: the nearest resolution due time first (the agent queue); tickets without one last.',
  })
  @IsOptional()
  @IsIn(TICKET_SORTS)
  sort?: (typeof TICKET_SORTS)[number];

  @ApiPropertyOptional({
    description: 'Comma-separated statuses, or `active` (new, open, waiting_on_customer).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  status?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() queueId?: string;
  @ApiPropertyOptional({ description: 'A user id, `me`, or `none` (unassigned).' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  assigneeId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() customerId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() orderId?: string;
  @ApiPropertyOptional({ enum: TICKET_PRIORITIES })
  @IsOptional()
  @IsIn(TICKET_PRIORITIES)
  priority?: TicketPriority;
  @ApiPropertyOptional({ enum: TICKET_CATEGORIES })
  @IsOptional()
  @IsIn(TICKET_CATEGORIES)
  category?: TicketCategory;
  @ApiPropertyOptional({ enum: TICKET_CHANNELS })
  @IsOptional()
  @IsIn(TICKET_CHANNELS)
  channel?: TicketChannel;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) tag?: string;
  @ApiPropertyOptional({ description: 'Only tickets whose SLA is breached.' })
  @IsOptional()
  @Type(() => String)
  @IsIn(['true', 'false'])
  breached?: 'true' | 'false';
  @ApiPropertyOptional({ description: 'Number or subject contains.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
