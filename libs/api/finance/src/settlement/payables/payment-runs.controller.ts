import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
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
import { CreatePaymentRunDto, ListPaymentRunsQuery, PaymentRunResponse } from './dto/payables.dto';
import { paymentRunResponse } from './payable-views';
import { PaymentRunsService } from './payment-runs.service';

@ApiTags('finance')
@Controller('payment-runs')
export class PaymentRunsController {
  constructor(private readonly runs: PaymentRunsService) {}

  @Get()
  @RequirePermission('payables:read')
  @ApiOperation({ summary: 'Payment runs, newest first; filter by status.' })
  @ApiPageResponse(PaymentRunResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListPaymentRunsQuery): Promise<Page<PaymentRunResponse>> {
    return mapPage(await this.runs.list(query), (run) => paymentRunResponse(run));
  }

  @Get(':id')
  @RequirePermission('payables:read')
  @ApiOperation({ summary: 'One payment run with its lines.' })
  @ApiOkResponse({ type: PaymentRunResponse })
  @ApiProblemResponses(400, 404)
  async get(
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PaymentRunResponse> {
    const run = await this.runs.get(id);
    void reply.header('ETag', `"${run.version}"`);
    return paymentRunResponse(run, await this.runs.lines(id));
  }

  @Post()
  @RequirePermission('payables:write')
  @ApiOperation({
    summary: 'Draft a payment run from payables (whole or partial amounts); the amounts are held for it.',
  })
  @ApiCreatedResponse({ type: PaymentRunResponse })
  @ApiProblemResponses(400, 422)
  async create(
    @Body() body: CreatePaymentRunDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PaymentRunResponse> {
    const run = await this.runs.create(body);
    void reply.header('Location', `/api/v1/payment-runs/${run.id}`).header('ETag', `"${run.version}"`);
    return paymentRunResponse(run, await this.runs.lines(run.id));
  }

  @Post(':id/approve')
  @HttpCode(200)
  @RequirePermission('payment-runs:approve')
  @ApiOperation({ summary: 'Approve a drafted run (not by the person who drafted it).' })
  @ApiIfMatch()
  @ApiOkResponse({ type: PaymentRunResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async approve(
    @Param('id', ParseUUIDPipe) id: string,
    @IfMatch() expected: number[] | undefined,
  ): Promise<PaymentRunResponse> {
    return paymentRunResponse(await this.runs.approve(id, expected));
  }

  @Post(':id/pay')
  @HttpCode(200)
  @RequirePermission('payment-runs:approve')
  @ApiOperation({
    summary: 'Record an approved run as paid: payables settle and 借 应付账款 贷 银行存款 posts once.',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: PaymentRunResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async pay(
    @Param('id', ParseUUIDPipe) id: string,
    @IfMatch() expected: number[] | undefined,
  ): Promise<PaymentRunResponse> {
    return paymentRunResponse(await this.runs.pay(id, expected));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RequirePermission('payables:write')
  @ApiOperation({ summary: 'Cancel a run not yet paid; its amounts return to the payables.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: PaymentRunResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async cancel(
    @Param('id', ParseUUIDPipe) id: string,
    @IfMatch() expected: number[] | undefined,
  ): Promise<PaymentRunResponse> {
    return paymentRunResponse(await this.runs.cancel(id, expected));
  }
}
