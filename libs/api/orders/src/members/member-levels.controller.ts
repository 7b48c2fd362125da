import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiIfMatch,
  ApiPageResponse,
  ApiProblemResponses,
  IfMatch,
  mapPage,
  Page,
  RequirePermission,
} from '@zhanggui/api-platform';
import {
  CreateMemberLevelDto,
  ListMemberLevelsQuery,
  MemberLevelResponse,
  RecomputeResponse,
} from './dto/member-level.dto';
import { MemberLevelsService } from './member-levels.service';
import { MembersService } from './members.service';

@ApiTags('members')
@Controller('member-levels')
export class MemberLevelsController {
  constructor(
    private readonly levels: MemberLevelsService,
    private readonly members: MembersService,
  ) {}

  @Get()
  @RequirePermission('member-levels:read', 'member-levels:write')
  @ApiOperation({ summary: 'Member levels, lowest threshold first.' })
  @ApiPageResponse(MemberLevelResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListMemberLevelsQuery): Promise<Page<MemberLevelResponse>> {
    return mapPage(await this.levels.list(query), MemberLevelResponse.from);
  }

  @Get(':id')
  @RequirePermission('member-levels:read', 'member-levels:write')
  @ApiOperation({ summary: 'One member level.' })
  @ApiOkResponse({ type: MemberLevelResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<MemberLevelResponse> {
    return MemberLevelResponse.from(await this.levels.get(id));
  }

  @Post()
  @RequirePermission('member-levels:write')
  @ApiOperation({
    summary:
      'Add a level: from which 12-month completed-order spend (分) it applies, and its rebate (basis points). Members move at the next recompute.',
  })
  @ApiCreatedResponse({ type: MemberLevelResponse })
  @ApiProblemResponses(400, 409)
  async create(
    @Body() body: CreateMemberLevelDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MemberLevelResponse> {
    const level = await this.levels.create(body);
    void reply.header('Location', `/api/v1/member-levels/${level.id}`);
    return MemberLevelResponse.from(level);
  }

  @Put(':id')
  @RequirePermission('member-levels:write')
  @ApiOperation({
    summary: 'Replace a level’s names, threshold and rebate. Members move at the next recompute.',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: MemberLevelResponse })
  @ApiProblemResponses(400, 404, 409, 412)
  async replace(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateMemberLevelDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<MemberLevelResponse> {
    return MemberLevelResponse.from(await this.levels.update(id, body, expected));
  }

  @Post('recompute')
  @HttpCode(200)
  @RequirePermission('member-levels:write')
  @ApiOperation({
    summary:
      'Re-evaluate every member’s level: spend older than 12 months drops out, and changed rules apply. Level changes emit MemberLevelChanged.',
  })
  @ApiOkResponse({ type: RecomputeResponse })
  async recompute(): Promise<RecomputeResponse> {
    return this.members.recompute();
  }
}
