import { Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
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
import { ExpenseAttachmentResponse } from './dto/expense-claim.response';
import { ExpenseAttachmentsService } from './expense-attachments.service';

/** Receipts (发票/收据) on claims: images or PDFs, uploaded by the claimant. */
@ApiTags('finance')
@Controller()
export class ExpenseAttachmentsController {
  constructor(private readonly attachments: ExpenseAttachmentsService) {}

  @Get('expense-claims/:id/attachments')
  @RequirePermission('expense-claims:write', 'expense-claims:read')
  @ApiOperation({ summary: 'The claim’s receipts.' })
  @ApiOkResponse({ type: [ExpenseAttachmentResponse] })
  @ApiProblemResponses(400, 404)
  async list(@Param('id', ParseUUIDPipe) id: string): Promise<ExpenseAttachmentResponse[]> {
    return (await this.attachments.list(id)).map(ExpenseAttachmentResponse.from);
  }

  @Post('expense-claims/:id/attachments')
  @RequirePermission('expense-claims:write')
  @ApiOperation({
    summary: 'Attach a receipt (multipart field "file"): JPEG, PNG, WebP, HEIC or PDF, up to 10 MiB.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiCreatedResponse({ type: ExpenseAttachmentResponse })
  @ApiProblemResponses(400, 404, 413, 415, 422)
  async upload(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
  ): Promise<ExpenseAttachmentResponse> {
    if (!request.isMultipart()) {
      throw new DomainError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported media type', {
        detail: 'Send the receipt as multipart/form-data, in the field "file".',
      });
    }
    const part = await request.file();
    if (!part || part.fieldname !== 'file') {
      throw new InvalidInputError('FILE_MISSING', 'The upload has no "file" field.', [
        { field: 'file', message: 'is required' },
      ]);
    }
    const bytes = await part.toBuffer();
    return ExpenseAttachmentResponse.from(
      await this.attachments.upload(id, { fileName: part.filename, contentType: part.mimetype, bytes }),
    );
  }

  @Get('expense-attachments/:id/file')
  @RequirePermission('expense-claims:write', 'expense-claims:read')
  @ApiOperation({ summary: 'The receipt’s bytes (as a download).' })
  @ApiOkResponse({ description: 'The file.' })
  @ApiProblemResponses(400, 404)
  async file(@Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    const { attachment, file } = await this.attachments.file(id);
    await reply
      .header('Content-Type', attachment.contentType)
      .header('Content-Length', String(file.size))
      .header(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
      )
      .header('X-Content-Type-Options', 'nosniff')
      .send(file.stream);
  }
}
