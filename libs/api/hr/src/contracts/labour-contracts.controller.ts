import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiPageResponse,
  ApiProblemResponses,
  beijingDate,
  mapPage,
  Page,
  RequirePermission,
} from '@zhanggui/api-platform';
import { daysBetween } from '../shared/dates';
import { HrHistoryEntryResponse, HrHistory } from '../shared/hr-history';
import {
  ContractResponse,
  CreateContractDto,
  ExpiringContractsQuery,
  ListContractsQuery,
  RenewContractDto,
  TerminateContractDto,
} from './dto/labour-contract.dto';
import type { LabourContract } from './labour-contract.entity';
import { LabourContractsService } from './labour-contracts.service';

function contractView(c: LabourContract, today = beijingDate(new Date())): ContractResponse {
  return {
    id: c.id,
    number: c.number,
    employeeId: c.employeeId,
    type: c.type,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    probationMonths: c.probationMonths,
    status: c.status,
    note: c.note,
    renewedFromId: c.renewedFromId,
    terminatedOn: c.terminatedOn,
    terminationReason: c.terminationReason,
    daysLeft: c.endsOn ? daysBetween(today, c.endsOn) : null,
    version: c.version,
    createdAt: c.createdAt,
  };
}

@ApiTags('hr')
@Controller('labour-contracts')
export class LabourContractsController {
  constructor(
    private readonly contracts: LabourContractsService,
    private readonly history: HrHistory,
  ) {}

  @Get()
  @RequirePermission('labour-contracts:read')
  @ApiOperation({
    summary: 'Labour contracts, newest first; filter by employee to see one file’s contracts.',
  })
  @ApiPageResponse(ContractResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListContractsQuery): Promise<Page<ContractResponse>> {
    return mapPage(await this.contracts.list(query), (c) => contractView(c));
  }

  @Get('expiring')
  @RequirePermission('labour-contracts:read')
  @ApiOperation({
    summary: 'Active contracts ending within N days (default 60), soonest first: what to renew.',
  })
  @ApiPageResponse(ContractResponse)
  @ApiProblemResponses(400)
  async expiring(@Query() query: ExpiringContractsQuery): Promise<Page<ContractResponse>> {
    return mapPage(await this.contracts.expiring(query), (c) => contractView(c));
  }

  @Get(':id')
  @RequirePermission('labour-contracts:read')
  @ApiOperation({ summary: 'One labour contract.' })
  @ApiOkResponse({ type: ContractResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<ContractResponse> {
    return contractView(await this.contracts.get(id));
  }

  @Get(':id/history')
  @RequirePermission('labour-contracts:read')
  @ApiOperation({ summary: 'Signed, reminders sent, renewed, terminated, ended.' })
  @ApiOkResponse({ type: [HrHistoryEntryResponse] })
  @ApiProblemResponses(400, 404)
  async contractHistory(@Param('id', ParseUUIDPipe) id: string): Promise<HrHistoryEntryResponse[]> {
    await this.contracts.get(id);
    return this.history.of(id);
  }

  @Post()
  @RequirePermission('labour-contracts:write')
  @ApiOperation({
    summary: 'Record a signed labour contract (one active per employee: 409 LABOUR_CONTRACT_ACTIVE).',
  })
  @ApiCreatedResponse({ type: ContractResponse })
  @ApiProblemResponses(400, 404, 409, 422)
  async create(
    @Body() body: CreateContractDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ContractResponse> {
    const contract = await this.contracts.create(body);
    void reply.header('Location', `/api/v1/labour-contracts/${contract.id}`);
    return contractView(contract);
  }

  @Post(':id/renewal')
  @RequirePermission('labour-contracts:write')
  @ApiOperation({
    summary:
      'Renew an active fixed-term contract: it becomes `renewed` and the returned new contract is active.',
  })
  @ApiCreatedResponse({ type: ContractResponse })
  @ApiProblemResponses(400, 404, 409, 422)
  async renew(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RenewContractDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ContractResponse> {
    const contract = await this.contracts.renew(id, body);
    void reply.header('Location', `/api/v1/labour-contracts/${contract.id}`);
    return contractView(contract);
  }

  @Post(':id/termination')
  @HttpCode(200)
  @RequirePermission('labour-contracts:write')
  @ApiOperation({ summary: 'End an active contract early, with the last day in force and the reason.' })
  @ApiOkResponse({ type: ContractResponse })
  @ApiProblemResponses(400, 404, 422)
  async terminate(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: TerminateContractDto,
  ): Promise<ContractResponse> {
    return contractView(await this.contracts.terminate(id, body));
  }
}
