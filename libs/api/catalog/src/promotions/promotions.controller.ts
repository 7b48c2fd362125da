import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  CreatePromotionDto,
  ListPromotionsQuery,
  PromotionResponse,
  UpdatePromotionDto,
} from './dto/promotion.dto';
import { PromotionsService } from './promotions.service';

@ApiTags('promotions')
@Controller('promotions')
export class PromotionsController {
  constructor(private readonly promotions: PromotionsService) {}

  @Get()
  @RequirePermission('promotions:read')
  @ApiOperation({ summary: 'Promotions, newest first; filter by status or by the moment they run.' })
  @ApiPageResponse(PromotionResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListPromotionsQuery): Promise<Page<PromotionResponse>> {
    return mapPage(await this.promotions.list(query), PromotionResponse.from);
  }

  @Get(':id')
  @RequirePermission('promotions:read')
  @ApiOperation({ summary: 'One promotion.' })
  @ApiOkResponse({ type: PromotionResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<PromotionResponse> {
    return PromotionResponse.from(await this.promotions.get(id));
  }

  @Post()
  @RequirePermission('promotions:write')
  @ApiOperation({ summary: 'Create a promotion as a draft (activate it when ready).' })
  @ApiCreatedResponse({ type: PromotionResponse })
  @ApiProblemResponses(400)
  async create(@Body() body: CreatePromotionDto): Promise<PromotionResponse> {
    return PromotionResponse.from(await this.promotions.create(body));
  }

  @Put(':id')
  @RequirePermission('promotions:write')
  @ApiOperation({ summary: 'Replace a promotion’s terms.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: PromotionResponse })
  @ApiProblemResponses(400, 404, 409, 412)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdatePromotionDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<PromotionResponse> {
    return PromotionResponse.from(await this.promotions.update(id, body, expected));
  }

  @Post(':id/activate')
  @HttpCode(200)
  @RequirePermission('promotions:write')
  @ApiOperation({
    summary: 'Start (or resume) a promotion; it applies within its dates, channels and regions.',
  })
  @ApiOkResponse({ type: PromotionResponse })
  @ApiProblemResponses(400, 404, 409)
  async activate(@Param('id', ParseUUIDPipe) id: string): Promise<PromotionResponse> {
    return PromotionResponse.from(await this.promotions.setStatus(id, 'active'));
  }

  @Post(':id/pause')
  @HttpCode(200)
  @RequirePermission('promotions:write')
  @ApiOperation({ summary: 'Pause a running promotion.' })
  @ApiOkResponse({ type: PromotionResponse })
  @ApiProblemResponses(400, 404, 409)
  async pause(@Param('id', ParseUUIDPipe) id: string): Promise<PromotionResponse> {
    return PromotionResponse.from(await this.promotions.setStatus(id, 'paused'));
  }

  @Post(':id/archive')
  @HttpCode(200)
  @RequirePermission('promotions:write')
  @ApiOperation({ summary: 'End a promotion for good.' })
  @ApiOkResponse({ type: PromotionResponse })
  @ApiProblemResponses(400, 404, 409)
  async archive(@Param('id', ParseUUIDPipe) id: string): Promise<PromotionResponse> {
    return PromotionResponse.from(await this.promotions.setStatus(id, 'archived'));
  }
}
