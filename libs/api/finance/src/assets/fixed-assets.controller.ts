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
import { AssetCustodiansService } from './asset-custodians.service';
import { DepreciationRunService } from './depreciation-run.service';
import { AssetCustodianResponse, ListAssetCustodiansQuery } from './dto/asset-custodian.dto';
import {
  DepreciationRunResponse,
  DisposeFixedAssetDto,
  FixedAssetResponse,
  FixedAssetTransferResponse,
  ListFixedAssetsQuery,
  RegisterFixedAssetDto,
  RunDepreciationDto,
  TransferFixedAssetDto,
} from './dto/fixed-asset.dto';
import { fixedAssetResponse, transferResponse } from './fixed-asset-views';
import { FixedAssetsService } from './fixed-assets.service';

@ApiTags('finance')
@Controller('fixed-assets')
export class FixedAssetsController {
  constructor(
    private readonly assets: FixedAssetsService,
    private readonly custodians: AssetCustodiansService,
  ) {}

  @Get()
  @RequirePermission('fixed-assets:read')
  @ApiOperation({ summary: 'The asset register (固定资产台账); filter by status, category or custodian.' })
  @ApiPageResponse(FixedAssetResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListFixedAssetsQuery): Promise<Page<FixedAssetResponse>> {
    return mapPage(await this.assets.list(query), fixedAssetResponse);
  }

  @Get('custodians')
  @RequirePermission('fixed-assets:read')
  @ApiOperation({
    summary:
      'Employees who can hold an asset (id, number, name only), by name or 工号, or named by ids: finance reads no personnel files.',
  })
  @ApiOkResponse({ type: [AssetCustodianResponse] })
  @ApiProblemResponses(400)
  custodianList(@Query() query: ListAssetCustodiansQuery): Promise<AssetCustodianResponse[]> {
    return this.custodians.find(query);
  }

  @Get(':id')
  @RequirePermission('fixed-assets:read')
  @ApiOperation({ summary: 'One asset card with its depreciation so far and net book value.' })
  @ApiOkResponse({ type: FixedAssetResponse })
  @ApiProblemResponses(400, 404)
  async get(
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<FixedAssetResponse> {
    const asset = await this.assets.get(id);
    void reply.header('ETag', `"${asset.version}"`);
    return fixedAssetResponse(asset);
  }

  @Get(':id/transfers')
  @RequirePermission('fixed-assets:read')
  @ApiOperation({ summary: 'Every hand-over of the asset between custodians, oldest first.' })
  @ApiOkResponse({ type: [FixedAssetTransferResponse] })
  @ApiProblemResponses(400, 404)
  async transfers(@Param('id', ParseUUIDPipe) id: string): Promise<FixedAssetTransferResponse[]> {
    return (await this.assets.transfers(id)).map(transferResponse);
  }

  @Post()
  @RequirePermission('fixed-assets:write')
  @ApiOperation({ summary: 'Register an asset; its purchase is posted (借 固定资产 贷 银行存款).' })
  @ApiCreatedResponse({ type: FixedAssetResponse })
  @ApiProblemResponses(400, 422)
  async register(
    @Body() body: RegisterFixedAssetDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<FixedAssetResponse> {
    const asset = await this.assets.register(body);
    void reply.header('Location', `/api/v1/fixed-assets/${asset.id}`).header('ETag', `"${asset.version}"`);
    return fixedAssetResponse(asset);
  }

  @Post(':id/transfer')
  @HttpCode(200)
  @RequirePermission('fixed-assets:write')
  @ApiOperation({ summary: 'Hand the asset to another custodian (and location), with the reason.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: FixedAssetResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async transfer(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: TransferFixedAssetDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<FixedAssetResponse> {
    return fixedAssetResponse(await this.assets.transfer(id, body, expected));
  }

  @Post(':id/dispose')
  @HttpCode(200)
  @RequirePermission('fixed-assets:write')
  @ApiOperation({
    summary: 'Dispose of the asset (sale or scrap); the gain or loss is posted to 资产处置损益.',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: FixedAssetResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async dispose(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DisposeFixedAssetDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<FixedAssetResponse> {
    return fixedAssetResponse(await this.assets.dispose(id, body, expected));
  }
}

@ApiTags('finance')
@Controller('depreciation-runs')
export class DepreciationRunsController {
  constructor(private readonly runs: DepreciationRunService) {}

  @Post()
  @HttpCode(200)
  @RequirePermission('depreciation:run')
  @ApiOperation({
    summary: 'Month-end depreciation (计提折旧): posts each asset’s month exactly once; safe to run again.',
  })
  @ApiOkResponse({ type: DepreciationRunResponse })
  @ApiProblemResponses(400, 422)
  async run(@Body() body: RunDepreciationDto): Promise<DepreciationRunResponse> {
    return this.runs.run(body.period);
  }
}
