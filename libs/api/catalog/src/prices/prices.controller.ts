import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiPageResponse,
  ApiProblemResponses,
  mapPage,
  NotFoundError,
  Page,
  PageQuery,
  RequirePermission,
} from '@zhanggui/api-platform';
import {
  CompetitorPriceDto,
  CompetitorPriceResponse,
  CostResponse,
  PriceHistoryQuery,
  PriceRecordResponse,
  PricingPolicyDto,
  PricingPolicyResponse,
  SetCostDto,
  SetPriceDto,
  SuggestedPriceResponse,
} from './dto/price.dto';
import { PricesService } from './prices.service';
import { SkuCost } from './sku-cost.entity';

@ApiTags('prices')
@Controller()
export class PricesController {
  constructor(private readonly prices: PricesService) {}

  @Get('skus/:id/prices')
  @RequirePermission('prices:read')
  @ApiOperation({
    summary: 'Price history of a SKU, newest first (every price ever set, including pending and rejected).',
  })
  @ApiPageResponse(PriceRecordResponse)
  @ApiProblemResponses(400)
  async history(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PriceHistoryQuery,
  ): Promise<Page<PriceRecordResponse>> {
    return mapPage(await this.prices.history(id, query), PriceRecordResponse.from);
  }

  @Post('skus/:id/prices')
  @RequirePermission('prices:write')
  @ApiOperation({
    summary:
      'Set a price on a channel from a moment on. Below cost × (1 + minimum margin) it waits for the general manager’s approval.',
  })
  @ApiCreatedResponse({ type: PriceRecordResponse })
  @ApiProblemResponses(400, 404, 422)
  async setPrice(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SetPriceDto,
  ): Promise<PriceRecordResponse> {
    return PriceRecordResponse.from(await this.prices.setPrice(id, body));
  }

  @Get('skus/:id/cost')
  @RequirePermission('prices:read')
  @ApiOperation({ summary: 'The moving-average purchase cost of a SKU.' })
  @ApiOkResponse({ type: CostResponse })
  @ApiProblemResponses(400, 404)
  async cost(@Param('id', ParseUUIDPipe) id: string): Promise<CostResponse> {
    const cost = (await this.prices.costs([id])).get(id);
    if (!cost) throw new NotFoundError('COST_UNKNOWN', `No cost is known for SKU ${id} yet.`);
    return CostResponse.from(cost);
  }

  @Put('skus/:id/cost')
  @RequirePermission('prices:write')
  @ApiOperation({
    summary: 'Set the cost by hand (opening balance or correction); goods receipts keep it up to date.',
  })
  @ApiOkResponse({ type: CostResponse })
  @ApiProblemResponses(400, 404)
  async setCost(@Param('id', ParseUUIDPipe) id: string, @Body() body: SetCostDto): Promise<CostResponse> {
    return CostResponse.from((await this.prices.setCost(id, body.amount, body.reason)) as SkuCost);
  }

  @Get('skus/:id/competitor-prices')
  @RequirePermission('prices:read')
  @ApiOperation({ summary: 'Competitors’ prices seen for a SKU, newest first.' })
  @ApiPageResponse(CompetitorPriceResponse)
  @ApiProblemResponses(400)
  async competitorPrices(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQuery,
  ): Promise<Page<CompetitorPriceResponse>> {
    return mapPage(await this.prices.competitorPrices(id, query), CompetitorPriceResponse.from);
  }

  @Post('skus/:id/competitor-prices')
  @RequirePermission('competitor-prices:write')
  @ApiOperation({ summary: 'Record a competitor’s price.' })
  @ApiCreatedResponse({ type: CompetitorPriceResponse })
  @ApiProblemResponses(400, 404)
  async addCompetitorPrice(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CompetitorPriceDto,
  ): Promise<CompetitorPriceResponse> {
    return CompetitorPriceResponse.from(await this.prices.addCompetitorPrice(id, body));
  }

  @Get('skus/:id/suggested-price')
  @RequirePermission('prices:read')
  @ApiOperation({
    summary: 'The suggested website price, with its reasoning (cost, target margin, competitors, shops).',
  })
  @ApiOkResponse({ type: SuggestedPriceResponse })
  @ApiProblemResponses(400, 404)
  async suggestion(@Param('id', ParseUUIDPipe) id: string): Promise<SuggestedPriceResponse> {
    return SuggestedPriceResponse.from(await this.prices.suggestion(id));
  }

  @Get('pricing-policy')
  @RequirePermission('prices:read')
  @ApiOperation({ summary: 'The target and minimum margins prices are judged by.' })
  @ApiOkResponse({ type: PricingPolicyResponse })
  async policy(): Promise<PricingPolicyResponse> {
    return this.prices.policy();
  }

  @Put('pricing-policy')
  @RequirePermission('prices:write')
  @ApiOperation({ summary: 'Change the target and minimum margins.' })
  @ApiOkResponse({ type: PricingPolicyResponse })
  @ApiProblemResponses(400, 422)
  async updatePolicy(@Body() body: PricingPolicyDto): Promise<PricingPolicyResponse> {
    return this.prices.updatePolicy(body);
  }
}
