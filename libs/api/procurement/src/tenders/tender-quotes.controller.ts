import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  ApiFileUpload,
  ApiProblemResponses,
  readUploadedFile,
  RequirePermission,
} from '@zhanggui/api-platform';
import { AttachmentResponse, RecordQuoteDto, SealedQuoteResponse } from './dto/tender.dto';
import { TenderQuotesService } from './tender-quotes.service';
import { sealedQuote } from './tender-views';

@ApiTags('procurement')
@Controller()
export class TenderQuotesController {
  constructor(private readonly quotes: TenderQuotesService) {}

  @Post('tenders/:id/quotes')
  @RequirePermission('tenders:write')
  @ApiOperation({
    summary:
      'Record an invited supplier’s quote before the closing time (again to revise it). The answer shows no amounts: they are sealed.',
  })
  @ApiCreatedResponse({ type: SealedQuoteResponse })
  @ApiProblemResponses(400, 404, 422)
  async record(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RecordQuoteDto,
  ): Promise<SealedQuoteResponse> {
    return sealedQuote(await this.quotes.record(id, body), 0, true);
  }

  @Post('tender-quotes/:id/attachments')
  @RequirePermission('tenders:write')
  @ApiOperation({
    summary: 'Attach a document to a quote before the closing time (multipart field "file"): PDF or image.',
  })
  @ApiFileUpload()
  @ApiCreatedResponse({ type: AttachmentResponse })
  @ApiProblemResponses(400, 404, 413, 415, 422)
  async attach(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
  ): Promise<AttachmentResponse> {
    const upload = await readUploadedFile(request);
    const attachment = await this.quotes.attach(id, upload.bytes, upload.fileName);
    return {
      id: attachment.id,
      fileName: attachment.fileName,
      contentType: attachment.contentType,
      bytes: attachment.bytes,
    };
  }

  @Get('tender-quote-attachments/:id')
  @RequirePermission('tenders:read')
  @ApiOperation({ summary: 'Download a quote’s attachment — only after the tender has closed.' })
  @ApiOkResponse({ description: 'The file.' })
  @ApiProblemResponses(400, 404, 409)
  async file(@Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    const { attachment, file } = await this.quotes.file(id);
    await reply
      .header('Content-Type', attachment.contentType)
      .header('Content-Length', String(file.size))
      .header(
        'Content-Disposition',
        `attachment; filename="${attachment.id}"; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
      )
      .header('X-Content-Type-Options', 'nosniff')
      .header('Cache-Control', 'private, no-store')
      .send(file.stream);
  }
}
