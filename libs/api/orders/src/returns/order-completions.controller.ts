import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, RequirePermission } from '@zhanggui/api-platform';
import { OrderCompletionResult, RunAsOfDto } from '../rebates/dto/rebate.dto';
import { AutoCompletion } from './auto-completion';

@ApiTags('orders')
@Controller('order-completions')
export class OrderCompletionsController {
  constructor(private readonly completion: AutoCompletion) {}

  @Post()
  @HttpCode(200)
  @RequirePermission('orders:complete')
  @ApiOperation({
    summary:
      'Complete every delivered order whose return window has passed and has no open return (run daily).',
  })
  @ApiOkResponse({ type: OrderCompletionResult })
  @ApiProblemResponses(400)
  async run(@Body() body: RunAsOfDto): Promise<OrderCompletionResult> {
    // Completing early would cut customers' return window short: asOf may not be in the future.
    const now = new Date();
    const asOf = body.asOf && new Date(body.asOf) < now ? new Date(body.asOf) : now;
    return this.completion.run(asOf);
  }
}
