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
import { DocumentHistory } from '../history/document-history';
import { HistoryEntryResponse } from '../history/history.dto';
import {
  CreateSupplierInvoiceDto,
  ListSupplierInvoicesQuery,
  ResolveSupplierInvoiceDto,
  SupplierInvoiceResponse,
  SupplierInvoiceSummary,
} from './dto/supplier-invoice.dto';
import { supplierInvoiceResponse, supplierInvoiceSummary } from './supplier-invoice-views';
import { SupplierInvoicesService } from './supplier-invoices.service';

@ApiTags('procurement')
@Controller('supplier-invoices')
export class SupplierInvoicesController {
  constructor(
    private readonly invoices: SupplierInvoicesService,
    private readonly history: DocumentHistory,
  ) {}

  @Get()
  @RequirePermission('supplier-invoices:read')
  @ApiOperation({
    summary:
      'Supplier invoices, newest first; filter by status, supplier or order. One summary per invoice (the detail has lines and discrepancies).',
  })
  @ApiPageResponse(SupplierInvoiceSummary)
  @ApiProblemResponses(400)
  async list(@Query() query: ListSupplierInvoicesQuery): Promise<Page<SupplierInvoiceSummary>> {
    const page = await this.invoices.list(query);
    return mapPage({ ...page, data: await this.invoices.overviews(page.data) }, supplierInvoiceSummary);
  }

  @Get(':id')
  @RequirePermission('supplier-invoices:read')
  @ApiOperation({ summary: 'One invoice with its lines and the discrepancies the match found.' })
  @ApiOkResponse({ type: SupplierInvoiceResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<SupplierInvoiceResponse> {
    return supplierInvoiceResponse(await this.invoices.get(id));
  }

  @Get(':id/history')
  @RequirePermission('supplier-invoices:read')
  @ApiOperation({ summary: 'Entered, matched or mismatched, approved or sent back — with reasons.' })
  @ApiOkResponse({ type: [HistoryEntryResponse] })
  @ApiProblemResponses(400, 404)
  async historyOf(@Param('id', ParseUUIDPipe) id: string): Promise<HistoryEntryResponse[]> {
    await this.invoices.get(id);
    return (await this.history.of(id)).map(HistoryEntryResponse.from);
  }

  @Post()
  @RequirePermission('supplier-invoices:write')
  @ApiOperation({
    summary:
      'Enter a supplier invoice against an order; it is matched at once against the order’s prices and the goods received.',
  })
  @ApiCreatedResponse({ type: SupplierInvoiceResponse })
  @ApiProblemResponses(400, 404, 409, 422)
  async create(
    @Body() body: CreateSupplierInvoiceDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SupplierInvoiceResponse> {
    const detail = await this.invoices.create(body);
    void reply.header('Location', `/api/v1/supplier-invoices/${detail.invoice.id}`);
    return supplierInvoiceResponse(detail);
  }

  @Post(':id/match')
  @HttpCode(200)
  @RequirePermission('supplier-invoices:write')
  @ApiOperation({ summary: 'Match a mismatched invoice again (after more goods arrived, say).' })
  @ApiIfMatch()
  @ApiOkResponse({ type: SupplierInvoiceResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async rematch(
    @Param('id', ParseUUIDPipe) id: string,
    @IfMatch() expected: number[] | undefined,
  ): Promise<SupplierInvoiceResponse> {
    return supplierInvoiceResponse(await this.invoices.rematch(id, expected));
  }

  @Post(':id/approve')
  @HttpCode(200)
  @RequirePermission('supplier-invoices:write')
  @ApiOperation({ summary: 'Accept a mismatched invoice with a written reason: it becomes payable.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: SupplierInvoiceResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async approve(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ResolveSupplierInvoiceDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<SupplierInvoiceResponse> {
    return supplierInvoiceResponse(await this.invoices.approve(id, body.reason, expected));
  }

  @Post(':id/return')
  @HttpCode(200)
  @RequirePermission('supplier-invoices:write')
  @ApiOperation({ summary: 'Send a mismatched invoice back to the supplier, with the reason.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: SupplierInvoiceResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async sendBack(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ResolveSupplierInvoiceDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<SupplierInvoiceResponse> {
    return supplierInvoiceResponse(await this.invoices.sendBack(id, body.reason, expected));
  }
}
