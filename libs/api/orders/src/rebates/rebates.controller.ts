import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, PageQuery, RequirePermission } from '@zhanggui/api-platform';
import {
  RebateExpiryResult,
  RebateLedgerResponse,
  RebateRedemptionView,
  RedeemRebateDto,
  RunAsOfDto,
} from './dto/rebate.dto';
import { RebateLedger } from './rebate-ledger';
import { RebatesService } from './rebates.service';

@ApiTags('rebates')
@Controller()
export class RebatesController {
  constructor(
    private readonly rebates: RebatesService,
    private readonly ledger: RebateLedger,
  ) {}

  @Get('customers/:id/rebates')
  @RequirePermission('rebates:read')
  @ApiOperation({ summary: 'A customer’s rebate balance (the sum of the ledger) and ledger, newest first.' })
  @ApiOkResponse({ type: RebateLedgerResponse })
  @ApiProblemResponses(400, 404)
  async ledgerOf(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQuery,
  ): Promise<RebateLedgerResponse> {
    const { balance, page } = await this.rebates.ledgerOf(id, query);
    return {
      balance,
      currency: 'CNY',
      nextCursor: page.nextCursor,
      data: page.data.map((e) => ({
        id: e.id,
        kind: e.kind,
        amount: e.amount,
        balanceAfter: e.balanceAfter,
        currency: e.currency,
        orderId: e.orderId,
        rateBps: e.rateBps,
        note: e.note,
        occurredAt: e.occurredAt,
      })),
    };
  }

  @Post('orders/:id/rebate-redemptions')
  @RequirePermission('orders:write')
  @ApiOperation({
    summary:
      'Pay part of an order not yet shipped with the customer’s rebate (never more than the balance or the amount still due).',
  })
  @ApiCreatedResponse({ type: RebateRedemptionView })
  @ApiProblemResponses(400, 404, 422)
  async redeem(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RedeemRebateDto,
  ): Promise<RebateRedemptionView> {
    const { order, entryId } = await this.rebates.redeem(id, body.amount);
    return {
      entryId,
      orderId: order.id,
      amount: body.amount,
      orderPaidAmount: order.paidAmount,
      balance: await this.ledger.balance(order.customerId),
    };
  }

  @Post('rebate-expiries')
  @HttpCode(200)
  @RequirePermission('rebates:adjust')
  @ApiOperation({ summary: 'Expire unspent rebates older than the configured months (run daily).' })
  @ApiOkResponse({ type: RebateExpiryResult })
  @ApiProblemResponses(400)
  async expire(@Body() body: RunAsOfDto): Promise<RebateExpiryResult> {
    // Expiring ahead of time would take rebate customers still own: asOf may not be in the future.
    const now = new Date();
    return this.rebates.expireAll(body.asOf && new Date(body.asOf) < now ? new Date(body.asOf) : now);
  }
}
