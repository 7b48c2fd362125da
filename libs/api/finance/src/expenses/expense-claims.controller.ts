import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
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
  CreateExpenseClaimDto,
  ListExpenseClaimsQuery,
  UpdateExpenseClaimDto,
} from './dto/expense-claim.dto';
import {
  ClaimHistoryResponse,
  ExpenseClaimResponse,
  ExpenseClaimSummary,
} from './dto/expense-claim.response';
import { ExpenseClaimHistory } from './expense-claim-history';
import { ExpenseClaimDetail, ExpenseClaimsService } from './expense-claims.service';

/** Expense claims (报销单): everyone writes their own; managers read their units'; finance reads all. */
@ApiTags('finance')
@Controller('expense-claims')
export class ExpenseClaimsController {
  constructor(
    private readonly claims: ExpenseClaimsService,
    private readonly history: ExpenseClaimHistory,
  ) {}

  @Get()
  @RequirePermission('expense-claims:write', 'expense-claims:read')
  @ApiOperation({
    summary: 'Claims the caller may see (their own, and their units’ with expense-claims:read).',
  })
  @ApiPageResponse(ExpenseClaimSummary)
  @ApiProblemResponses(400)
  async list(@Query() query: ListExpenseClaimsQuery): Promise<Page<ExpenseClaimSummary>> {
    return mapPage(await this.claims.list(query), ExpenseClaimSummary.from);
  }

  @Get(':id')
  @RequirePermission('expense-claims:write', 'expense-claims:read')
  @ApiOperation({ summary: 'One claim with its lines.' })
  @ApiOkResponse({ type: ExpenseClaimResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<ExpenseClaimResponse> {
    return respond(await this.claims.get(id));
  }

  @Get(':id/history')
  @RequirePermission('expense-claims:write', 'expense-claims:read')
  @ApiOperation({ summary: 'What happened to the claim: created, submitted, approved, returned, paid…' })
  @ApiOkResponse({ type: [ClaimHistoryResponse] })
  @ApiProblemResponses(400, 404)
  async historyOf(@Param('id', ParseUUIDPipe) id: string): Promise<ClaimHistoryResponse[]> {
    await this.claims.get(id);
    return (await this.history.of(id)).map(ClaimHistoryResponse.from);
  }

  @Post()
  @RequirePermission('expense-claims:write')
  @ApiOperation({
    summary:
      'Write a claim (numbered EX-…): lines with date, category, amount in 分, description and cost unit. Lines over the policy limit need a justification.',
  })
  @ApiCreatedResponse({ type: ExpenseClaimResponse })
  @ApiProblemResponses(400, 422)
  async create(
    @Body() body: CreateExpenseClaimDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ExpenseClaimResponse> {
    const detail = await this.claims.create(body);
    void reply.header('Location', `/api/v1/expense-claims/${detail.claim.id}`);
    return respond(detail);
  }

  @Patch(':id')
  @RequirePermission('expense-claims:write')
  @ApiOperation({ summary: 'Change a draft or returned claim; `lines` replaces every line.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: ExpenseClaimResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateExpenseClaimDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<ExpenseClaimResponse> {
    return respond(await this.claims.update(id, body, expected));
  }

  @Post(':id/submit')
  @HttpCode(200)
  @RequirePermission('expense-claims:write')
  @ApiOperation({ summary: 'Submit for approval: the unit’s manager, then finance.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: ExpenseClaimResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async submit(
    @Param('id', ParseUUIDPipe) id: string,
    @IfMatch() expected: number[] | undefined,
  ): Promise<ExpenseClaimResponse> {
    return respond(await this.claims.submit(id, expected));
  }
}

export function respond({ claim, lines }: ExpenseClaimDetail): ExpenseClaimResponse {
  return ExpenseClaimResponse.detail(claim, lines);
}
