import { Body, Controller, Get, Headers, HttpCode, Post, Put, Req } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ApiProblemResponses, Public, RequirePermission } from '@zhanggui/api-platform';
import {
  PaymentCallbackDto,
  PaymentCallbackResponse,
  PaymentCallbackSettingResponse,
  SetPaymentCallbackSecretDto,
} from './payment-callback.dto';
import { PaymentCallbackService } from './payment-callback.service';
import { PAYMENT_CALLBACK_PATH, rawBodyOf } from './payment-raw-body';
import { PaymentSignatureMissingError } from './payment.errors';

const TIMESTAMP_HEADER = 'X-Zhanggui-Timestamp';
const SIGNATURE_HEADER = 'X-Zhanggui-Signature';

@ApiTags('payments')
@Controller()
export class PaymentCallbackController {
  constructor(private readonly payments: PaymentCallbackService) {}

  @Post(PAYMENT_CALLBACK_PATH)
  @HttpCode(200)
  @Public()
  @ApiOperation({
    summary:
      'The payment provider confirms a prepaid order’s payment. Public but signed: X-Zhanggui-Signature is the hex HMAC-SHA256 of "<X-Zhanggui-Timestamp>.<raw body>" with the shared secret; timestamps more than 5 minutes away, a reused transaction id, or an amount other than the order total are refused.',
  })
  @ApiHeader({
    name: TIMESTAMP_HEADER,
    required: true,
    description: 'Unix seconds when the provider signed.',
  })
  @ApiHeader({
    name: SIGNATURE_HEADER,
    required: true,
    description: 'hex HMAC-SHA256 (optionally `v1=<hex>`).',
  })
  @ApiOkResponse({ type: PaymentCallbackResponse })
  @ApiProblemResponses(400, 401, 409, 422, 503)
  async callback(
    @Body() body: PaymentCallbackDto,
    @Headers('x-zhanggui-timestamp') timestamp: string | undefined,
    @Headers('x-zhanggui-signature') signature: string | undefined,
    @Req() request: FastifyRequest,
  ): Promise<PaymentCallbackResponse> {
    if (!timestamp) throw new PaymentSignatureMissingError(TIMESTAMP_HEADER);
    if (!signature) throw new PaymentSignatureMissingError(SIGNATURE_HEADER);
    await this.payments.verify(timestamp, signature, rawBodyOf(request));
    const { payment, order } = await this.payments.confirm(body);
    return { paymentId: payment.id, orderId: order.id, orderNumber: order.number, status: order.status };
  }

  @Get('payment-callback-settings')
  @RequirePermission('payment-settings:write')
  @ApiOperation({ summary: 'Whether the payment callback’s shared secret is set (never the secret itself).' })
  @ApiOkResponse({ type: PaymentCallbackSettingResponse })
  async setting(): Promise<PaymentCallbackSettingResponse> {
    const setting = await this.payments.setting();
    return { configured: !!setting, updatedAt: setting?.updatedAt ?? null };
  }

  @Put('payment-callback-settings')
  @RequirePermission('payment-settings:write')
  @ApiOperation({
    summary:
      'Set the secret shared with the payment provider (kept in the database: the platform configuration is not extensible per domain).',
  })
  @ApiOkResponse({ type: PaymentCallbackSettingResponse })
  @ApiProblemResponses(400)
  async setSecret(@Body() body: SetPaymentCallbackSecretDto): Promise<PaymentCallbackSettingResponse> {
    const setting = await this.payments.setSecret(body.secret);
    return { configured: true, updatedAt: setting.updatedAt };
  }
}
