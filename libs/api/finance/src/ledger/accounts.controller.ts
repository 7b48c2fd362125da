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
import { AccountsService } from './accounts.service';
import { AccountResponse, CreateAccountDto, ListAccountsQuery, UpdateAccountDto } from './dto/account.dto';

@ApiTags('finance')
@Controller('ledger-accounts')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @RequirePermission('ledger:read')
  @ApiOperation({
    summary: 'The chart of accounts (会计科目表), by code; filter by type, leaf or a code prefix.',
  })
  @ApiPageResponse(AccountResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListAccountsQuery): Promise<Page<AccountResponse>> {
    return mapPage(await this.accounts.list(query), AccountResponse.from);
  }

  @Get(':id')
  @RequirePermission('ledger:read')
  @ApiOperation({ summary: 'One account.' })
  @ApiOkResponse({ type: AccountResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<AccountResponse> {
    return AccountResponse.from(await this.accounts.get(id));
  }

  @Post()
  @RequirePermission('ledger-accounts:write')
  @ApiOperation({
    summary:
      'Open a sub-account (明细科目) under an account: code = parent code + two digits; type and normal balance are the parent’s. A parent with postings cannot be split.',
  })
  @ApiCreatedResponse({ type: AccountResponse })
  @ApiProblemResponses(400, 409, 422)
  async create(
    @Body() body: CreateAccountDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AccountResponse> {
    const account = await this.accounts.create(body);
    void reply.header('Location', `/api/v1/ledger-accounts/${account.id}`);
    return AccountResponse.from(account);
  }

  @Patch(':id')
  @RequirePermission('ledger-accounts:write')
  @ApiOperation({ summary: 'Rename an account, or deactivate one finance added (zero balance only).' })
  @ApiIfMatch()
  @ApiOkResponse({ type: AccountResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateAccountDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<AccountResponse> {
    return AccountResponse.from(await this.accounts.update(id, body, expected));
  }
}
