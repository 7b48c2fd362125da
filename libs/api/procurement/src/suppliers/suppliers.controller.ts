import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  CreateSupplierDto,
  ListSuppliersQuery,
  SupplierResponse,
  UpdateSupplierDto,
} from './dto/supplier.dto';
import { supplierResponse } from './supplier-views';
import { SuppliersService } from './suppliers.service';

@ApiTags('procurement')
@Controller('suppliers')
export class SuppliersController {
  constructor(private readonly suppliers: SuppliersService) {}

  @Get()
  @RequirePermission('suppliers:read')
  @ApiOperation({ summary: 'Suppliers with their delivery rating; bank accounts are always masked here.' })
  @ApiPageResponse(SupplierResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListSuppliersQuery): Promise<Page<SupplierResponse>> {
    const page = await this.suppliers.list(query);
    const ratings = await this.suppliers.ratings(page.data.map((s) => s.id));
    return { ...page, data: page.data.map((s) => supplierResponse(s, ratings.get(s.id), 'list')) };
  }

  @Get(':id')
  @RequirePermission('suppliers:read')
  @ApiOperation({
    summary: 'One supplier; the bank account in full only for holders of suppliers:bank-read.',
  })
  @ApiOkResponse({ type: SupplierResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<SupplierResponse> {
    return this.detail(await this.suppliers.get(id));
  }

  @Post()
  @RequirePermission('suppliers:write')
  @ApiOperation({ summary: 'Add a supplier (the minimal contract: code and name).' })
  @ApiCreatedResponse({ type: SupplierResponse })
  @ApiProblemResponses(400, 409)
  async create(
    @Body() body: CreateSupplierDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SupplierResponse> {
    const supplier = await this.suppliers.create(body);
    void reply.header('Location', `/api/v1/suppliers/${supplier.id}`);
    return this.detail(supplier);
  }

  @Patch(':id')
  @RequirePermission('suppliers:write')
  @ApiOperation({ summary: 'Change a supplier’s details, terms or status.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: SupplierResponse })
  @ApiProblemResponses(400, 404, 409, 412)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateSupplierDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<SupplierResponse> {
    return this.detail(await this.suppliers.update(id, body, expected));
  }

  private async detail(supplier: Awaited<ReturnType<SuppliersService['get']>>): Promise<SupplierResponse> {
    const ratings = await this.suppliers.ratings([supplier.id]);
    return supplierResponse(supplier, ratings.get(supplier.id), 'detail');
  }
}
