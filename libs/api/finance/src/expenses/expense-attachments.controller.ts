import { Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  ApiFileUpload,
  ApiProblemResponses,
  readUploadedFile,
  RequirePermission,
  sendAttachment,
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
  @ApiFileUpload()
  @ApiCreatedResponse({ type: ExpenseAttachmentResponse })
  @ApiProblemResponses(400, 404, 413, 415, 422)
  async upload(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
  ): Promise<ExpenseAttachmentResponse> {
    const upload = await readUploadedFile(request, 'receipt');
    return ExpenseAttachmentResponse.from(await this.attachments.upload(id, upload));
  }

  @Get('expense-attachments/:id/file')
  @RequirePermission('expense-claims:write', 'expense-claims:read')
  @ApiOperation({ summary: 'The receipt’s bytes (as a download).' })
  @ApiOkResponse({ description: 'The file.' })
  @ApiProblemResponses(400, 404)
  async file(@Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    const { attachment, file } = await this.attachments.file(id);
    await sendAttachment(reply, { ...attachment, size: file.size, stream: file.stream });
  }
}
