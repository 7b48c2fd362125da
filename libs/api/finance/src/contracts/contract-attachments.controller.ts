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
  @ApiFileUpload()
  @ApiCreatedResponse({ type: EconomicContractAttachmentResponse })
  @ApiProblemResponses(400, 404, 413, 415)
  async upload(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
  ): Promise<EconomicContractAttachmentResponse> {
    const upload = await readUploadedFile(request);
    return EconomicContractAttachmentResponse.from(await this.attachments.upload(id, upload));
  }

  @Get('contract-attachments/:id/file')
  @RequirePermission('contracts:read')
  @ApiOperation({ summary: 'The file’s bytes (as a download).' })
  @ApiOkResponse({ description: 'The file.' })
  @ApiProblemResponses(400, 404)
  async file(@Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    const { attachment, file } = await this.attachments.file(id);
    await sendAttachment(reply, { ...attachment, size: file.size, stream: file.stream });
  }
}
