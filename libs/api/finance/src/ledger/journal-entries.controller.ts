import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
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
  AccountLedgerPage,
  AccountLedgerQuery,
  JournalEntryInput,
  JournalEntryResponse,
  JournalEntrySummary,
  ListJournalEntriesQuery,
  ReverseEntryDto,
} from './dto/journal-entry.dto';
import { JournalQueriesService } from './journal-queries.service';
import { LedgerService } from './ledger.service';

@ApiTags('finance')
@Controller('journal-entries')
export class JournalEntriesController {
  constructor(
    private readonly ledger: LedgerService,
    private readonly queries: JournalQueriesService,
  ) {}

  @Get()
  @RequirePermission('ledger:read')
  @ApiOperation({
    summary:
      'Journal entries (记账凭证), newest first; filter by period, account (with sub-accounts), source or status.',
  })
  @ApiPageResponse(JournalEntrySummary)
  @ApiProblemResponses(400)
  list(@Query() query: ListJournalEntriesQuery): Promise<Page<JournalEntrySummary>> {
    return this.queries.list(query);
  }

  @Get('account-ledger')
  @RequirePermission('ledger:read')
  @ApiOperation({
    summary: 'An account’s ledger (明细账): posted lines in date order with the running balance.',
  })
  @ApiOkResponse({ type: AccountLedgerPage })
  @ApiProblemResponses(400, 404)
  accountLedger(@Query() query: AccountLedgerQuery): Promise<AccountLedgerPage> {
    return this.queries.accountLedger(query);
  }

  @Get(':id')
  @RequirePermission('ledger:read')
  @ApiOperation({ summary: 'One entry with its lines, its source document and its reversal, if any.' })
  @ApiOkResponse({ type: JournalEntryResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<JournalEntryResponse> {
    return this.queries.response(await this.ledger.detail(id));
  }

  @Post()
  @RequirePermission('journal-entries:write')
  @ApiOperation({
    summary:
      'Write a manual entry as a draft: balanced lines on leaf accounts, dated in an open period. It gets its voucher number when posted.',
  })
  @ApiCreatedResponse({ type: JournalEntryResponse })
  @ApiProblemResponses(400, 422)
  async create(
    @Body() body: JournalEntryInput,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<JournalEntryResponse> {
    const created = await this.ledger.createDraft(body);
    void reply.header('Location', `/api/v1/journal-entries/${created.entry.id}`);
    return this.queries.response(created);
  }

  @Put(':id')
  @RequirePermission('journal-entries:write')
  @ApiOperation({ summary: 'Rewrite a draft entry (its date, description and lines).' })
  @ApiIfMatch()
  @ApiOkResponse({ type: JournalEntryResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: JournalEntryInput,
    @IfMatch() expected: number[] | undefined,
  ): Promise<JournalEntryResponse> {
    return this.queries.response(await this.ledger.updateDraft(id, body, expected));
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('journal-entries:write')
  @ApiOperation({ summary: 'Delete a draft entry. Posted entries are never deleted: reverse them.' })
  @ApiIfMatch()
  @ApiNoContentResponse()
  @ApiProblemResponses(400, 404, 412, 422)
  async remove(
    @Param('id', ParseUUIDPipe) id: string,
    @IfMatch() expected: number[] | undefined,
  ): Promise<void> {
    await this.ledger.deleteDraft(id, expected);
  }

  @Post(':id/post')
  @HttpCode(200)
  @RequirePermission('journal-entries:write')
  @ApiOperation({ summary: 'Post a draft (过账): it is numbered in its period and never changes again.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: JournalEntryResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async post(
    @Param('id', ParseUUIDPipe) id: string,
    @IfMatch() expected: number[] | undefined,
  ): Promise<JournalEntryResponse> {
    return this.queries.response(await this.ledger.postDraft(id, expected));
  }

  @Post(':id/reverse')
  @RequirePermission('journal-entries:write')
  @ApiOperation({
    summary:
      'Reverse a posted entry: a new posted entry with debits and credits swapped, linked to it. Once only.',
  })
  @ApiCreatedResponse({ type: JournalEntryResponse })
  @ApiProblemResponses(400, 404, 422)
  async reverse(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReverseEntryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<JournalEntryResponse> {
    const reversal = await this.ledger.reverse(id, body.reason, body.date);
    void reply.header('Location', `/api/v1/journal-entries/${reversal.entry.id}`);
    return this.queries.response(reversal);
  }
}
