import { Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import {
  ApiProblemResponses,
  DomainError,
  InvalidInputError,
  RequirePermission,
} from '@zhanggui/api-platform';
import { DayParam } from '../website/dto/website-reconciliation.dto';
import { CodReconciliationService } from './cod-reconciliation.service';
import { CodDayResponse, DepositImportResponse } from './dto/cod-reconciliation.dto';

const uploads = new WeakMap<FastifyRequest, Buffer>();

@ApiTags('finance')
@Controller('cod-reconciliation')
export class CodReconciliationController {
  constructor(private readonly reconciliation: CodReconciliationService) {}

  @Post('bank-deposits')
  @HttpCode(200)
  @RequirePermission('reconciliation:write')
  @ApiOperation({
    summary:
      'Import bank deposit lines (CSV, multipart field "file": date, amount in yuan, reference, description).',
    description:
      'Each confirmed COD remittance is matched to a deposit by reference (the remittance number on the slip) ' +
      'and amount, else by day and amount. A line already imported (same date and reference) is skipped.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiOkResponse({ type: DepositImportResponse })
  @ApiProblemResponses(400, 413, 415, 422)
  async importDeposits(@Req() request: FastifyRequest): Promise<DepositImportResponse> {
    return this.reconciliation.importDeposits(await uploadedFile(request));
  }

  @Get('days/:day')
  @RequirePermission('reconciliation:read')
  @ApiOperation({
    summary: 'One day of COD cash: remitted against deposited, and the unmatched on both sides.',
  })
  @ApiOkResponse({ type: CodDayResponse })
  @ApiProblemResponses(400)
  async day(@Param() params: DayParam): Promise<CodDayResponse> {
    return this.reconciliation.day(params.day);
  }
}

/** Read once: a retried transaction runs the handler again, and the multipart stream is consumed by then. */
async function uploadedFile(request: FastifyRequest): Promise<Buffer> {
  const known = uploads.get(request);
  if (known) return known;
  if (!request.isMultipart())
    throw new DomainError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported media type', {
      detail: 'Send the deposits as multipart/form-data, in the field "file".',
    });
  const part = await request.file();
  if (!part || part.fieldname !== 'file')
    throw new InvalidInputError('STATEMENT_FILE_MISSING', 'Send the file in the field "file".', [
      { field: 'file', message: 'is required' },
    ]);
  const file = await part.toBuffer();
  uploads.set(request, file);
  return file;
}
