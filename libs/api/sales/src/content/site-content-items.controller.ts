import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiIfMatch,
  ApiPageResponse,
  ApiProblemResponses,
  IfMatch,
  Page,
  RequirePermission,
} from '@zhanggui/api-platform';
import {
  CreateSiteContentDto,
  ListSiteContentQuery,
  SiteContentResponse,
  UpdateSiteContentDto,
} from './dto/site-content.dto';
import { siteContentResponse } from './site-content-response';
import { SiteContentService } from './site-content.service';

/** The editors' side of the website content (编辑): every item in every status. */
@ApiTags('sales')
@Controller('site-content-items')
export class SiteContentItemsController {
  constructor(private readonly contents: SiteContentService) {}

  @Get()
  @RequirePermission('content:read')
  @ApiOperation({ summary: 'Pages, banners and announcements in every status, latest change first.' })
  @ApiPageResponse(SiteContentResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListSiteContentQuery): Promise<Page<SiteContentResponse>> {
    const page = await this.contents.list(query);
    return { ...page, data: page.data.map(siteContentResponse) };
  }

  @Get(':id')
  @RequirePermission('content:read')
  @ApiOperation({ summary: 'One content item.' })
  @ApiOkResponse({ type: SiteContentResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<SiteContentResponse> {
    return siteContentResponse(await this.contents.get(id));
  }

  @Post()
  @RequirePermission('content:write')
  @ApiOperation({ summary: 'Write a page, banner or announcement (a draft unless a status is given).' })
  @ApiCreatedResponse({ type: SiteContentResponse })
  @ApiProblemResponses(400, 409, 422)
  async create(
    @Body() body: CreateSiteContentDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SiteContentResponse> {
    const content = await this.contents.create(body);
    void reply.header('Location', `/api/v1/site-content-items/${content.id}`);
    return siteContentResponse(content);
  }

  @Patch(':id')
  @RequirePermission('content:write')
  @ApiOperation({ summary: 'Change, publish, schedule or archive an item.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: SiteContentResponse })
  @ApiProblemResponses(400, 404, 409, 412, 422)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateSiteContentDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<SiteContentResponse> {
    return siteContentResponse(await this.contents.update(id, body, expected));
  }
}
