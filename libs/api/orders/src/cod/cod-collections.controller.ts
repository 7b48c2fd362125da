import { Body, Controller, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblemResponses, RequirePermission } from '@zhanggui/api-platform';
import { CodCollectionsService } from './cod-collections.service';
import { codCollectionView } from './cod-views';
import { CodCollectionView, RecordCodCollectionDto } from './dto/cod-collection.dto';

@ApiTags('cod')
@Controller('orders/:id/cod-collection')
export class CodCollectionsController {
  constructor(private readonly collections: CodCollectionsService) {}

  @Post()
  @RequirePermission('cod:collect')
  @ApiOperation({
    summary:
      'Record the cash collected for a delivered cash-on-delivery order (once). A difference from the amount due is kept and flagged.',
  })
  @ApiCreatedResponse({ type: CodCollectionView })
  @ApiProblemResponses(400, 404, 409, 422)
  async record(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RecordCodCollectionDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CodCollectionView> {
    const collection = await this.collections.record(id, body);
    void reply.header('Location', `/api/v1/orders/${id}/cod-collection`);
    return codCollectionView(collection);
  }
}
