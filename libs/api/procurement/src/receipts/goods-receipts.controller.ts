import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblemResponses, RequirePermission } from '@zhanggui/api-platform';
import { CreateGoodsReceiptDto, GoodsReceiptResponse } from './dto/goods-receipt.dto';
import { GoodsReceiptsService } from './goods-receipts.service';

@ApiTags('procurement')
@Controller()
export class GoodsReceiptsController {
  constructor(private readonly receipts: GoodsReceiptsService) {}

  @Post('purchase-orders/:id/receipts')
  @RequirePermission('goods-receipts:write')
  @ApiOperation({
    summary:
      'Receive goods against a sent order: stock, moving-average cost, order status and GoodsReceived in one transaction. More than is outstanding is refused.',
  })
  @ApiCreatedResponse({ type: GoodsReceiptResponse })
  @ApiProblemResponses(400, 404, 422)
  async receive(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateGoodsReceiptDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<GoodsReceiptResponse> {
    const { receipt, lines } = await this.receipts.receive(id, body);
    void reply.header('Location', `/api/v1/goods-receipts/${receipt.id}`);
    return GoodsReceiptResponse.from(receipt, lines);
  }

  @Get('purchase-orders/:id/receipts')
  @RequirePermission('purchase-orders:read')
  @ApiOperation({ summary: 'Every receipt of an order, oldest first.' })
  @ApiOkResponse({ type: [GoodsReceiptResponse] })
  @ApiProblemResponses(400, 404)
  async ofOrder(@Param('id', ParseUUIDPipe) id: string): Promise<GoodsReceiptResponse[]> {
    return (await this.receipts.ofOrder(id)).map(({ receipt, lines }) =>
      GoodsReceiptResponse.from(receipt, lines),
    );
  }

  @Get('goods-receipts/:id')
  @RequirePermission('purchase-orders:read')
  @ApiOperation({ summary: 'One goods receipt.' })
  @ApiOkResponse({ type: GoodsReceiptResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<GoodsReceiptResponse> {
    const { receipt, lines } = await this.receipts.get(id);
    return GoodsReceiptResponse.from(receipt, lines);
  }
}
