import { Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
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
  ApiPageResponse,
  ApiProblemResponses,
  DomainError,
  InvalidInputError,
  mapPage,
  Page,
  RequirePermission,
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
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiCreatedResponse({ type: CompanyDocumentResponse })
  @ApiProblemResponses(400, 413, 415)
  async upload(
    @Query() meta: UploadCompanyDocumentQuery,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CompanyDocumentResponse> {
    if (!request.isMultipart()) {
      throw new DomainError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported media type', {
        detail: 'Send the document as multipart/form-data, in the field "file".',
      });
    }
    const part = await request.file();
    if (!part || part.fieldname !== 'file') {
      throw new InvalidInputError('FILE_MISSING', 'The upload has no "file" field.', [
        { field: 'file', message: 'is required' },
      ]);
    }
    const document = await this.documents.upload(meta, {
      fileName: part.filename || 'document',
      contentType: part.mimetype || 'application/octet-stream',
      bytes: await part.toBuffer(),
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
    await reply
      .header('Content-Type', document.contentType)
      .header('Content-Length', String(file.size))
      .header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`)
      .header('Cache-Control', 'private, no-store')
      .header('X-Content-Type-Options', 'nosniff')
      .send(file.stream);
  }
}
