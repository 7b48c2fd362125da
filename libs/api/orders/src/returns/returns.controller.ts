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
import {
  CreateReturnDto,
  ExchangeReturnDto,
  InspectReturnDto,
  ListReturnsQuery,
  RejectReturnDto,
  ReturnResponse,
  ReturnStepDto,
  ReturnSummary,
} from './dto/return.dto';
import { RefundsService } from './refunds.service';
import type { ReturnRequest } from './return-request.entity';
import { ReturnStore } from './return-store';
import { returnResponse, returnSummary } from './return-views';
import { ReturnsService } from './returns.service';

/** Returns and exchanges (售后); a step the status does not allow is 409 RETURN_TRANSITION_NOT_ALLOWED. */
@ApiTags('returns')
@Controller('returns')
export class ReturnsController {
  constructor(
    private readonly returns: ReturnsService,
    private readonly refunds: RefundsService,
    private readonly store: ReturnStore,
  ) {}

  @Get()
  @RequirePermission('returns:read')
  @ApiOperation({
    summary: 'Returns of the caller’s territories, newest first; filter by status, kind, order.',
  })
  @ApiPageResponse(ReturnSummary)
  @ApiProblemResponses(400)
  async list(@Query() query: ListReturnsQuery): Promise<Page<ReturnSummary>> {
    return mapPage(await this.returns.list(query), returnSummary);
  }

  @Get(':id')
  @RequirePermission('returns:read')
  @ApiOperation({ summary: 'One return with its lines, refund and history.' })
  @ApiOkResponse({ type: ReturnResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<ReturnResponse> {
    return this.respond(await this.store.visible(id));
  }

  @Post()
  @RequirePermission('returns:write')
  @ApiOperation({
    summary:
      'Open a return or exchange for units of a delivered order within the return window (never more than delivered less already returned).',
  })
  @ApiCreatedResponse({ type: ReturnResponse })
  @ApiProblemResponses(400, 404, 409, 422)
  async create(
    @Body() body: CreateReturnDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReturnResponse> {
    const request = await this.returns.create(body);
    void reply.header('Location', `/api/v1/returns/${request.id}`);
    return this.respond(request);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @RequirePermission('returns:approve')
  @ApiOperation({ summary: 'Requested → approved.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: ReturnResponse })
  @ApiProblemResponses(400, 404, 409, 412)
  async approve(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReturnStepDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<ReturnResponse> {
    return this.respond(await this.returns.approve(id, body.note, expected));
  }

  @Post(':id/reject')
  @HttpCode(200)
  @RequirePermission('returns:approve')
  @ApiOperation({ summary: 'Turn the request down, with a reason (before inspection).' })
  @ApiIfMatch()
  @ApiOkResponse({ type: ReturnResponse })
  @ApiProblemResponses(400, 404, 409, 412)
  async reject(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RejectReturnDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<ReturnResponse> {
    return this.respond(await this.returns.reject(id, body.reason, expected));
  }

  @Post(':id/receive')
  @HttpCode(200)
  @RequirePermission('returns:inspect')
  @ApiOperation({ summary: 'Approved → received: the goods are back (ReturnReceived).' })
  @ApiIfMatch()
  @ApiOkResponse({ type: ReturnResponse })
  @ApiProblemResponses(400, 404, 409, 412)
  async receive(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReturnStepDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<ReturnResponse> {
    return this.respond(await this.returns.receive(id, body.note, expected));
  }

  @Post(':id/inspect')
  @HttpCode(200)
  @RequirePermission('returns:inspect')
  @ApiOperation({
    summary: 'Received → inspected: each line restocked (to the order’s warehouse) or scrapped.',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: ReturnResponse })
  @ApiProblemResponses(400, 404, 409, 412, 422)
  async inspect(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: InspectReturnDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<ReturnResponse> {
    return this.respond(await this.returns.inspect(id, body, expected));
  }

  @Post(':id/refund')
  @HttpCode(200)
  @RequirePermission('refunds:issue')
  @ApiOperation({
    summary:
      'Inspected return → refunded: the lines’ paid value back to the original payment (pending the provider) or in cash for COD; rebate paid goes back to the ledger (RefundIssued).',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: ReturnResponse })
  @ApiProblemResponses(400, 404, 409, 412)
  async refund(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReturnStepDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<ReturnResponse> {
    return this.respond(await this.refunds.refund(id, body.note, expected));
  }

  @Post(':id/exchange')
  @HttpCode(200)
  @RequirePermission('returns:inspect')
  @ApiOperation({
    summary: 'Inspected exchange → exchanged: the same SKUs ship again from the order’s warehouse.',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: ReturnResponse })
  @ApiProblemResponses(400, 404, 409, 412)
  async exchange(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ExchangeReturnDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<ReturnResponse> {
    return this.respond(await this.returns.exchange(id, body, expected));
  }

  private async respond(request: ReturnRequest): Promise<ReturnResponse> {
    return returnResponse(
      request,
      await this.returns.linesOf(request.id),
      await this.refunds.of(request.id),
      await this.store.history.of(request.id),
    );
  }
}
