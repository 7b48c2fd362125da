import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, RequirePermission } from '@zhanggui/api-platform';
import { PriceQuoteRequestDto, PriceQuoteResponse } from './dto/price-quote.dto';
import { PriceQuotesService } from './price-quotes.service';

@ApiTags('prices')
@Controller('price-quotes')
export class PriceQuotesController {
  constructor(private readonly quotes: PriceQuotesService) {}

  @Post()
  @HttpCode(200)
  @RequirePermission('price-quotes:create')
  @ApiOperation({
    summary:
      'Price a cart: list prices from the channel’s price list, the promotions that apply, every discount named, totals in 分.',
  })
  @ApiOkResponse({ type: PriceQuoteResponse })
  @ApiProblemResponses(400, 403, 404)
  quote(@Body() body: PriceQuoteRequestDto): Promise<PriceQuoteResponse> {
    return this.quotes.quote(body);
  }
}
