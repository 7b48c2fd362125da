import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsISO8601, IsUUID } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  ApiFileUpload,
  ApiIfMatch,
  ApiPageResponse,
  ApiProblemResponses,
  IfMatch,
  Page,
  readUploadedFile,
  RequirePermission,
  sendAttachment,
} from '@zhanggui/api-platform';
import { HrHistoryEntryResponse, HrHistory } from '../shared/hr-history';
import {
  AddPositionDto,
  CreateEmployeeDto,
  EmployeeDocumentResponse,
  EmployeeResponse,
  EmployeeSummaryResponse,
  ListEmployeesQuery,
  UpdateEmployeeDto,
  UploadDocumentQuery,
} from './dto/employee.dto';
import { EmployeeDocumentsService } from './employee-documents.service';
import { employeeDetail, employeeSummary } from './employee-views';
import type { Employee, EmployeeDocument } from './employee.entity';
import { EmployeesService } from './employees.service';

class EndPositionDto {
  @ApiProperty({ example: '2026-12-31' })
  @IsISO8601({ strict: true })
  endedOn!: string;
}

class HeldPositionParams {
  @IsUUID() id!: string;
  @IsUUID() heldId!: string;
}

const documentView = (d: EmployeeDocument): EmployeeDocumentResponse => ({
  id: d.id,
  employeeId: d.employeeId,
  kind: d.kind,
  title: d.title,
  confidentiality: d.confidentiality,
  fileName: d.fileName,
  contentType: d.contentType,
  size: d.size,
  version: d.version,
  createdAt: d.createdAt,
});

@ApiTags('hr')
@Controller('employees')
export class EmployeesController {
  constructor(
    private readonly employees: EmployeesService,
    private readonly documents: EmployeeDocumentsService,
    private readonly history: HrHistory,
  ) {}

  @Get()
  @RequirePermission('employees:read')
  @ApiOperation({
    summary: 'Employees in the caller’s data scope (a manager: their unit and below). No personal data.',
  })
  @ApiPageResponse(EmployeeSummaryResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListEmployeesQuery): Promise<Page<EmployeeSummaryResponse>> {
    const page = await this.employees.list(query);
    const titles = await this.employees.titlesOf(page.data.map((e) => e.positionId));
    return {
      ...page,
      data: page.data.map((e) =>
        employeeSummary(e, e.positionId ? (titles.get(e.positionId) ?? null) : null),
      ),
    };
  }

  @Get(':id')
  @RequirePermission('employees:read')
  @ApiOperation({
    summary:
      'The personnel file: ID number, bank account and salary only for employees:pii-read, else masked.',
  })
  @ApiOkResponse({ type: EmployeeResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<EmployeeResponse> {
    return this.detail(await this.employees.get(id));
  }

  @Post()
  @RequirePermission('employees:write')
  @ApiOperation({
    summary: 'Open a personnel file (usually made by hiring a candidate) with its primary position.',
  })
  @ApiCreatedResponse({ type: EmployeeResponse })
  @ApiProblemResponses(400, 409, 422)
  async create(
    @Body() body: CreateEmployeeDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EmployeeResponse> {
    const employee = await this.employees.create(body);
    void reply.header('Location', `/api/v1/employees/${employee.id}`);
    return this.detail(employee);
  }

  @Patch(':id')
  @RequirePermission('employees:write')
  @ApiOperation({
    summary: 'Change personal details, contact, education, emergency contact or the user account link.',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: EmployeeResponse })
  @ApiProblemResponses(400, 404, 409, 412, 422)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateEmployeeDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<EmployeeResponse> {
    return this.detail(await this.employees.update(id, body, expected));
  }

  @Post(':id/positions')
  @RequirePermission('employees:write')
  @ApiOperation({ summary: 'Add a position held part-time (兼职).' })
  @ApiCreatedResponse({ type: EmployeeResponse })
  @ApiProblemResponses(400, 404, 422)
  async addPosition(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AddPositionDto,
  ): Promise<EmployeeResponse> {
    await this.employees.addPosition(id, body);
    return this.detail(await this.employees.get(id));
  }

  @Post(':id/positions/:heldId/end')
  @HttpCode(200)
  @RequirePermission('employees:write')
  @ApiOperation({ summary: 'End a part-time position (the primary one changes through a personnel action).' })
  @ApiOkResponse({ type: EmployeeResponse })
  @ApiProblemResponses(400, 404, 422)
  async endPosition(
    @Param() params: HeldPositionParams,
    @Body() body: EndPositionDto,
  ): Promise<EmployeeResponse> {
    await this.employees.endPosition(params.id, params.heldId, body.endedOn);
    return this.detail(await this.employees.get(params.id));
  }

  @Get(':id/history')
  @RequirePermission('employees:read')
  @ApiOperation({ summary: 'The file’s history: hired, contracts, probation, personnel actions, documents.' })
  @ApiOkResponse({ type: [HrHistoryEntryResponse] })
  @ApiProblemResponses(400, 404)
  async fileHistory(@Param('id', ParseUUIDPipe) id: string): Promise<HrHistoryEntryResponse[]> {
    await this.employees.get(id);
    return this.history.ofEmployee(id);
  }

  @Get(':id/documents')
  @RequirePermission('employees:read')
  @ApiOperation({
    summary: 'Documents on the file that the caller’s roles may read at their confidentiality level.',
  })
  @ApiOkResponse({ type: [EmployeeDocumentResponse] })
  @ApiProblemResponses(400, 404)
  async listDocuments(@Param('id', ParseUUIDPipe) id: string): Promise<EmployeeDocumentResponse[]> {
    return (await this.documents.list(id)).map(documentView);
  }

  @Post(':id/documents')
  @RequirePermission('employees:write')
  @ApiOperation({
    summary:
      'Upload a document to the file (multipart field "file"), with its kind, title and level in the query.',
  })
  @ApiFileUpload()
  @ApiCreatedResponse({ type: EmployeeDocumentResponse })
  @ApiProblemResponses(400, 404, 413, 415)
  async upload(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() meta: UploadDocumentQuery,
    @Req() request: FastifyRequest,
  ): Promise<EmployeeDocumentResponse> {
    const upload = await readUploadedFile(request, 'document');
    return documentView(
      await this.documents.upload(id, meta, {
        fileName: upload.fileName || 'document',
        contentType: upload.contentType || 'application/octet-stream',
        bytes: upload.bytes,
      }),
    );
  }

  @Get(':id/documents/:documentId/file')
  @RequirePermission('employees:read')
  @ApiOperation({ summary: 'The document’s bytes, if the caller may read its level (else 404).' })
  @ApiOkResponse({ description: 'The file.' })
  @ApiProblemResponses(400, 404)
  async download(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('documentId', ParseUUIDPipe) documentId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { document, file } = await this.documents.file(id, documentId);
    await sendAttachment(reply, { ...document, size: file.size, stream: file.stream }, { privateCopy: true });
  }

  private async detail(employee: Employee): Promise<EmployeeResponse> {
    const held = await this.employees.positionsOf([employee.id]);
    return employeeDetail(employee, held.get(employee.id) ?? [], this.employees);
  }
}
