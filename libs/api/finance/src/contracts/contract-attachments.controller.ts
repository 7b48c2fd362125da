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
import { ContractAttachmentsService } from './contract-attachments.service';
import { EconomicContractAttachmentResponse } from './dto/contract.response';

/** The signed contract and its supplements (补充协议), as scans or PDFs. */
@ApiTags('finance')
@Controller()
export class ContractAttachmentsController {
  constructor(private readonly attachments: ContractAttachmentsService) {}

  @Get('contracts/:id/attachments')
  @RequirePermission('contracts:read')
  @ApiOperation({ summary: 'The contract’s files.' })
  @ApiOkResponse({ type: [EconomicContractAttachmentResponse] })
  @ApiProblemResponses(400, 404)
  async list(@Param('id', ParseUUIDPipe) id: string): Promise<EconomicContractAttachmentResponse[]> {
    return (await this.attachments.list(id)).map(EconomicContractAttachmentResponse.from);
  }

  @Post('contracts/:id/attachments')
  @RequirePermission('contracts:write')
  @ApiOperation({ summary: 'Attach a file (multipart field "file"): JPEG, PNG, WebP or PDF, up to 20 MiB.' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiCreatedResponse({ type: EconomicContractAttachmentResponse })
  @ApiProblemResponses(400, 404, 413, 415)
  async upload(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
  ): Promise<EconomicContractAttachmentResponse> {
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
    const bytes = await part.toBuffer();
    return EconomicContractAttachmentResponse.from(
      await this.attachments.upload(id, { fileName: part.filename, contentType: part.mimetype, bytes }),
    );
  }

  @Get('contract-attachments/:id/file')
  @RequirePermission('contracts:read')
  @ApiOperation({ summary: 'The file’s bytes (as a download).' })
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
