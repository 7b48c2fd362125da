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
import { ContractHistory } from './contract-history';
import { ContractsService } from './contracts.service';
import {
  CreateEconomicContractDto,
  ListEconomicContractsQuery,
  TerminateEconomicContractDto,
  UpdateEconomicContractDto,
} from './dto/contract.dto';
import { EconomicContractHistoryResponse, EconomicContractResponse } from './dto/contract.response';

/** Economic contracts (经济合同): finance writes them, the general manager approves, the auditor reads. */
@ApiTags('finance')
@Controller('contracts')
export class ContractsController {
  constructor(
    private readonly contracts: ContractsService,
    private readonly history: ContractHistory,
  ) {}

  @Get()
  @RequirePermission('contracts:read')
  @ApiOperation({ summary: 'Contracts, filtered; `expiringWithinDays` keeps active ones ending soon.' })
  @ApiPageResponse(EconomicContractResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListEconomicContractsQuery): Promise<Page<EconomicContractResponse>> {
    return mapPage(await this.contracts.list(query), EconomicContractResponse.from);
  }

  @Get(':id')
  @RequirePermission('contracts:read')
  @ApiOperation({ summary: 'One contract.' })
  @ApiOkResponse({ type: EconomicContractResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<EconomicContractResponse> {
    return EconomicContractResponse.from(await this.contracts.get(id));
  }

  @Get(':id/history')
  @RequirePermission('contracts:read')
  @ApiOperation({ summary: 'What happened to the contract: created, submitted, approved, reminded, ended…' })
  @ApiOkResponse({ type: [EconomicContractHistoryResponse] })
  @ApiProblemResponses(400, 404)
  async historyOf(@Param('id', ParseUUIDPipe) id: string): Promise<EconomicContractHistoryResponse[]> {
    await this.contracts.get(id);
    return (await this.history.of(id)).map(EconomicContractHistoryResponse.from);
  }

  @Post()
  @RequirePermission('contracts:write')
  @ApiOperation({ summary: 'Record a contract as a draft (numbered CT-…); amount in 分.' })
  @ApiCreatedResponse({ type: EconomicContractResponse })
  @ApiProblemResponses(400)
  async create(
    @Body() body: CreateEconomicContractDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EconomicContractResponse> {
    const contract = await this.contracts.create(body);
    void reply.header('Location', `/api/v1/contracts/${contract.id}`);
    return EconomicContractResponse.from(contract);
  }

  @Patch(':id')
  @RequirePermission('contracts:write')
  @ApiOperation({ summary: 'Change a draft contract.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: EconomicContractResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateEconomicContractDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<EconomicContractResponse> {
    return EconomicContractResponse.from(await this.contracts.update(id, body, expected));
  }

  @Post(':id/submit')
  @HttpCode(200)
  @RequirePermission('contracts:write')
  @ApiOperation({ summary: 'Submit a draft for the general manager’s approval (approvals inbox).' })
  @ApiIfMatch()
  @ApiOkResponse({ type: EconomicContractResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async submit(
    @Param('id', ParseUUIDPipe) id: string,
    @IfMatch() expected: number[] | undefined,
  ): Promise<EconomicContractResponse> {
    return EconomicContractResponse.from(await this.contracts.submit(id, expected));
  }

  @Post(':id/terminate')
  @HttpCode(200)
  @RequirePermission('contracts:write')
  @ApiOperation({ summary: 'End an active contract early (or drop a draft), with a reason.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: EconomicContractResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async terminate(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: TerminateEconomicContractDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<EconomicContractResponse> {
    return EconomicContractResponse.from(await this.contracts.terminate(id, body, expected));
  }
}
