import { Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  ApiFileUpload,
  ApiPageResponse,
  ApiProblemResponses,
  mapPage,
  Page,
  readUploadedFile,
  RequirePermission,
  sendAttachment,
} from '@zhanggui/api-platform';
import type { CompanyDocument } from './company-document.entity';
import { CompanyDocumentsService } from './company-documents.service';
import {
  CompanyDocumentResponse,
  ListCompanyDocumentsQuery,
  UploadCompanyDocumentQuery,
} from './dto/company-document.dto';

const view = (d: CompanyDocument): CompanyDocumentResponse => ({
  id: d.id,
  number: d.number,
  title: d.title,
  category: d.category,
  confidentiality: d.confidentiality,
  fileName: d.fileName,
  contentType: d.contentType,
  size: d.size,
  version: d.version,
  createdAt: d.createdAt,
});

@ApiTags('hr')
@Controller('company-documents')
export class CompanyDocumentsController {
  constructor(private readonly documents: CompanyDocumentsService) {}

  @Get()
  @RequirePermission('company-documents:read')
  @ApiOperation({
    summary: 'The company archive: only documents of levels the caller may open, newest first.',
  })
  @ApiPageResponse(CompanyDocumentResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListCompanyDocumentsQuery): Promise<Page<CompanyDocumentResponse>> {
    return mapPage(await this.documents.list(query), view);
  }

  @Get(':id')
  @RequirePermission('company-documents:read')
  @ApiOperation({ summary: 'A document’s details (404 above the caller’s level).' })
  @ApiOkResponse({ type: CompanyDocumentResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<CompanyDocumentResponse> {
    return view(await this.documents.get(id));
  }

  @Post()
  @RequirePermission('company-documents:write')
  @ApiOperation({
    summary: 'File a document (multipart field "file"), with its category, title and level in the query.',
  })
  @ApiFileUpload()
  @ApiCreatedResponse({ type: CompanyDocumentResponse })
  @ApiProblemResponses(400, 413, 415)
  async upload(
    @Query() meta: UploadCompanyDocumentQuery,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CompanyDocumentResponse> {
    const upload = await readUploadedFile(request, 'document');
    const document = await this.documents.upload(meta, {
      fileName: upload.fileName || 'document',
      contentType: upload.contentType || 'application/octet-stream',
      bytes: upload.bytes,
    });
    void reply.header('Location', `/api/v1/company-documents/${document.id}`);
    return view(document);
  }

  @Get(':id/file')
  @RequirePermission('company-documents:read')
  @ApiOperation({ summary: 'The document’s bytes, if the caller may open its level (else 404).' })
  @ApiOkResponse({ description: 'The file.' })
  @ApiProblemResponses(400, 404)
  async download(@Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    const { document, file } = await this.documents.file(id);
    await sendAttachment(reply, { ...document, size: file.size, stream: file.stream }, { privateCopy: true });
  }
}
