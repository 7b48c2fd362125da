import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  ApiProblemResponses,
  DomainError,
  InvalidInputError,
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
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiCreatedResponse({ type: AttachmentResponse })
  @ApiProblemResponses(400, 404, 413, 415, 422)
  async attach(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
  ): Promise<AttachmentResponse> {
    if (!request.isMultipart()) {
      throw new DomainError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported media type', {
        detail: 'Send the file as multipart/form-data, in the field "file".',
      });
    }
    const part = await request.file();
    if (!part || part.fieldname !== 'file') {
      throw new InvalidInputError('FILE_MISSING', 'The upload has no "file" field.', [
        { field: 'file', message: 'is required' },
      ]);
    }
    // toBuffer() enforces the upload limit: too big is a 413 from the multipart plugin.
    const attachment = await this.quotes.attach(id, await part.toBuffer(), part.filename);
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
