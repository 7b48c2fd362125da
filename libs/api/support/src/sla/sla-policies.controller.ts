import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Put, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  PartialType,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type { FastifyReply } from 'fastify';
import {
  ApiIfMatch,
  ApiProblemResponses,
  assertVersionMatches,
  IfMatch,
  InvalidInputError,
  OFFICE_HOURS,
  RequirePermission,
  TransactionalConnection,
  WorkingTimeCalendar,
} from '@zhanggui/api-platform';
import { SupportSettings, SupportSettingsService } from '../support-settings';
import { SlaPolicyNotFoundError } from '../support.errors';
import {
  TICKET_CATEGORIES,
  TICKET_PRIORITIES,
  TicketCategory,
  TicketPriority,
} from '../tickets/ticket-states';
import { SlaPolicy } from './sla-policy.entity';

class DeskHoursDto {
  @ApiProperty({ example: '09:00' }) @Matches(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/) start!: string;
  @ApiProperty({ example: '21:00' }) @Matches(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/) end!: string;
}

class CreateSlaPolicyDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(100) name!: string;
  @ApiPropertyOptional({
    enum: TICKET_PRIORITIES,
    type: 'string',
    nullable: true,
    description: 'Null: any priority.',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn(TICKET_PRIORITIES)
  priority?: TicketPriority | null;
  @ApiPropertyOptional({
    enum: TICKET_CATEGORIES,
    type: 'string',
    nullable: true,
    description: 'Null: any category.',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn(TICKET_CATEGORIES)
  category?: TicketCategory | null;
  @ApiProperty({ description: 'Business minutes to the first public reply.' })
  @IsInt()
  @Min(1)
  @Max(100000)
  firstResponseMinutes!: number;
  @ApiProperty({ description: 'Business minutes to resolution (waiting on the customer does not count).' })
  @IsInt()
  @Min(1)
  @Max(1000000)
  resolutionMinutes!: number;
  @ApiPropertyOptional({
    type: [DeskHoursDto],
    description: 'The desk’s hours on working days; default office hours.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  @Type(() => DeskHoursDto)
  deskHours?: DeskHoursDto[];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}
class UpdateSlaPolicyDto extends PartialType(CreateSlaPolicyDto) {}

export class SlaPolicyView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: TICKET_PRIORITIES, type: 'string', nullable: true }) priority!: string | null;
  @ApiProperty({ enum: TICKET_CATEGORIES, type: 'string', nullable: true }) category!: string | null;
  @ApiProperty() firstResponseMinutes!: number;
  @ApiProperty() resolutionMinutes!: number;
  @ApiProperty({ type: [DeskHoursDto] }) deskHours!: DeskHoursDto[];
  @ApiProperty() active!: boolean;
  @ApiProperty() version!: number;

  static from(p: SlaPolicy): SlaPolicyView {
    return {
      id: p.id,
      name: p.name,
      priority: p.priority,
      category: p.category,
      firstResponseMinutes: p.firstResponseMinutes,
      resolutionMinutes: p.resolutionMinutes,
      deskHours: p.deskHours,
      active: p.active,
      version: p.version,
    };
  }
}

// JSON numbers only in these bodies: converting took `true` as 1 (found by the fuzz suite).
class SettingsDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 90 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(90)
  reopenWindowDays?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 99 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(99)
  warningPercent?: number;
}
export class SettingsView {
  @ApiProperty({ description: 'Days after resolution a ticket may be reopened.' }) reopenWindowDays!: number;
  @ApiProperty({ description: 'Percent of an SLA target at which the assignee is warned.' })
  warningPercent!: number;
  @ApiProperty() version!: number;
}

function checkHours(hours: DeskHoursDto[]): void {
  try {
    new WorkingTimeCalendar({ holidays: [], makeUpWorkdays: [] }, hours);
  } catch {
    throw new InvalidInputError(
      'SLA_DESK_HOURS_INVALID',
      'Desk hours must each end after they start and not overlap.',
      [{ field: 'deskHours', message: 'end before start, or overlapping' }],
    );
  }
}

/** SLA policies: targets per priority and category in business minutes; the lead keeps them. */
@ApiTags('support')
@Controller()
export class SlaPoliciesController {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly settings: SupportSettingsService,
  ) {}

  private get policies() {
    return this.connection.getRepository(SlaPolicy);
  }

  @Get('sla-policies')
  @RequirePermission('sla-policies:read')
  @ApiOperation({
    summary:
      'Every SLA policy. The most specific active one (priority + category, priority, category, default) applies.',
  })
  @ApiOkResponse({ type: [SlaPolicyView] })
  @ApiProblemResponses(400)
  async list(): Promise<SlaPolicyView[]> {
    return (await this.policies.find({ order: { createdAt: 'ASC' } })).map(SlaPolicyView.from);
  }

  @Post('sla-policies')
  @RequirePermission('sla-policies:write')
  @ApiOperation({
    summary: 'Create a policy (409 DUPLICATE for a second one of the same priority and category).',
  })
  @ApiCreatedResponse({ type: SlaPolicyView })
  @ApiProblemResponses(400, 409)
  async create(
    @Body() body: CreateSlaPolicyDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SlaPolicyView> {
    const deskHours = body.deskHours ?? [...OFFICE_HOURS];
    checkHours(deskHours);
    const policy = await this.policies.save(
      this.policies.create({
        ...body,
        priority: body.priority ?? null,
        category: body.category ?? null,
        deskHours,
      }),
    );
    void reply.header('Location', `/api/v1/sla-policies/${policy.id}`);
    return SlaPolicyView.from(policy);
  }

  @Get('sla-policies/:id')
  @RequirePermission('sla-policies:read')
  @ApiOperation({ summary: 'One policy.' })
  @ApiOkResponse({ type: SlaPolicyView })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<SlaPolicyView> {
    return SlaPolicyView.from(await this.find(id));
  }

  @Patch('sla-policies/:id')
  @RequirePermission('sla-policies:write')
  @ApiOperation({ summary: 'Change a policy; tickets under it read their timers against the new targets.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: SlaPolicyView })
  @ApiProblemResponses(400, 404, 409, 412)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateSlaPolicyDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<SlaPolicyView> {
    const policy = await this.find(id, true);
    assertVersionMatches('SLA policy', expected, policy.version);
    if (body.deskHours) checkHours(body.deskHours);
    Object.assign(policy, body);
    return SlaPolicyView.from(await this.policies.save(policy));
  }

  @Get('support-settings')
  @RequirePermission('sla-policies:read')
  @ApiOperation({ summary: 'The reopen window and the SLA warning threshold.' })
  @ApiOkResponse({ type: SettingsView })
  @ApiProblemResponses(400)
  async getSettings(): Promise<SupportSettings> {
    return this.settings.get();
  }

  @Put('support-settings')
  @RequirePermission('support-settings:write')
  @ApiOperation({ summary: 'Change the reopen window or the warning threshold.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: SettingsView })
  @ApiProblemResponses(400, 412)
  async putSettings(
    @Body() body: SettingsDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<SupportSettings> {
    return this.settings.update(body, expected);
  }

  private async find(id: string, lock = false): Promise<SlaPolicy> {
    const policy = await this.policies.findOne({
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!policy) throw new SlaPolicyNotFoundError(id);
    return policy;
  }
}
