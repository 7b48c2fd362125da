import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
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
import { CreateOrgUnitDto } from './dto/create-org-unit.dto';
import { ListOrgUnitsQuery } from './dto/list-org-units.query';
import { OrgUnitResponse } from './dto/org-unit.response';
import { UpdateOrgUnitDto } from './dto/update-org-unit.dto';
import { OrgUnitsService } from './org-units.service';

@ApiTags('org-units')
@Controller('org-units')
export class OrgUnitsController {
  constructor(private readonly orgUnits: OrgUnitsService) {}

  @Get()
  @RequirePermission('org-units:read')
  @ApiOperation({ summary: 'List org units (the company, departments, teams and sales territories).' })
  @ApiPageResponse(OrgUnitResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListOrgUnitsQuery): Promise<Page<OrgUnitResponse>> {
    return mapPage(await this.orgUnits.list(query), OrgUnitResponse.from);
  }

  @Get(':id')
  @RequirePermission('org-units:read')
  @ApiOperation({ summary: 'One org unit, with its ETag.' })
  @ApiOkResponse({ type: OrgUnitResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<OrgUnitResponse> {
    return OrgUnitResponse.from(await this.orgUnits.get(id));
  }

  @Post()
  @RequirePermission('org-units:write')
  @ApiOperation({ summary: 'Add an org unit under its parent.' })
  @ApiCreatedResponse({ type: OrgUnitResponse })
  @ApiProblemResponses(400, 409, 422)
  async create(
    @Body() body: CreateOrgUnitDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrgUnitResponse> {
    const unit = await this.orgUnits.create(body);
    void reply.header('Location', `/api/v1/org-units/${unit.id}`);
    return OrgUnitResponse.from(unit);
  }

  @Patch(':id')
  @RequirePermission('org-units:write')
  @ApiOperation({ summary: 'Rename, recode, move or archive an org unit.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: OrgUnitResponse })
  @ApiProblemResponses(400, 404, 409, 412, 422)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateOrgUnitDto,
    @IfMatch() expectedVersions: number[] | undefined,
  ): Promise<OrgUnitResponse> {
    return OrgUnitResponse.from(await this.orgUnits.update(id, body, expectedVersions));
  }
}
