import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiIfMatch,
  ApiPageResponse,
  ApiProblemResponses,
  IfMatch,
  mapPage,
  Page,
  PageQuery,
  RequirePermission,
} from '@zhanggui/api-platform';
import {
  CreatedWebhookSubscriptionResponse,
  CreateWebhookSubscriptionDto,
  UpdateWebhookSubscriptionDto,
  WebhookDeliveryResponse,
  WebhookSubscriptionResponse,
} from './dto/webhook-subscription.dto';
import { WebhooksService } from './webhooks.service';

@ApiTags('webhooks')
@Controller()
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get('webhook-subscriptions')
  @RequirePermission('webhooks:read')
  @ApiOperation({ summary: 'Partners’ webhook subscriptions, newest first.' })
  @ApiPageResponse(WebhookSubscriptionResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: PageQuery): Promise<Page<WebhookSubscriptionResponse>> {
    return mapPage(await this.webhooks.list(query), WebhookSubscriptionResponse.from);
  }

  @Get('webhook-subscriptions/:id')
  @RequirePermission('webhooks:read')
  @ApiOperation({ summary: 'One subscription (never its signing secret).' })
  @ApiOkResponse({ type: WebhookSubscriptionResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<WebhookSubscriptionResponse> {
    return WebhookSubscriptionResponse.from(await this.webhooks.get(id));
  }

  @Post('webhook-subscriptions')
  @RequirePermission('webhooks:write')
  @ApiOperation({
    summary: 'Subscribe a partner URL to event types; the signing secret is in this response only.',
  })
  @ApiCreatedResponse({ type: CreatedWebhookSubscriptionResponse })
  @ApiProblemResponses(400)
  async create(@Body() body: CreateWebhookSubscriptionDto): Promise<CreatedWebhookSubscriptionResponse> {
    const { subscription, secret } = await this.webhooks.create(body);
    return { ...WebhookSubscriptionResponse.from(subscription), signingSecret: secret };
  }

  @Patch('webhook-subscriptions/:id')
  @RequirePermission('webhooks:write')
  @ApiOperation({ summary: 'Rename, re-point, change event types, pause or resume a subscription.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: WebhookSubscriptionResponse })
  @ApiProblemResponses(400, 404, 412)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateWebhookSubscriptionDto,
    @IfMatch() expectedVersions: number[] | undefined,
  ): Promise<WebhookSubscriptionResponse> {
    return WebhookSubscriptionResponse.from(await this.webhooks.update(id, body, expectedVersions));
  }

  @Get('webhook-subscriptions/:id/deliveries')
  @RequirePermission('webhooks:read')
  @ApiOperation({ summary: 'The delivery log of one subscription, newest first.' })
  @ApiPageResponse(WebhookDeliveryResponse)
  @ApiProblemResponses(400)
  async deliveries(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQuery,
  ): Promise<Page<WebhookDeliveryResponse>> {
    return mapPage(await this.webhooks.listDeliveries(id, query), WebhookDeliveryResponse.from);
  }

  @Post('webhook-subscriptions/:id/ping')
  @HttpCode(202)
  @RequirePermission('webhooks:write')
  @ApiOperation({ summary: 'Send a WebhookPing event to this subscription to test the receiver.' })
  @ApiOkResponse({ type: WebhookDeliveryResponse })
  @ApiProblemResponses(400, 404)
  async ping(@Param('id', ParseUUIDPipe) id: string): Promise<WebhookDeliveryResponse> {
    return WebhookDeliveryResponse.from(await this.webhooks.ping(id));
  }

  @Post('webhook-deliveries/:id/replay')
  @HttpCode(202)
  @RequirePermission('webhooks:write')
  @ApiOperation({ summary: 'Deliver the same event again (a new delivery in the log).' })
  @ApiOkResponse({ type: WebhookDeliveryResponse })
  @ApiProblemResponses(400, 404)
  async replay(@Param('id', ParseUUIDPipe) id: string): Promise<WebhookDeliveryResponse> {
    return WebhookDeliveryResponse.from(await this.webhooks.replay(id));
  }
}
