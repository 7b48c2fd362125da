import { Readable } from 'node:stream';
import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblemResponses, DomainError, RequirePermission } from '@zhanggui/api-platform';
import { CatalogExportService } from './catalog-export.service';
import { CatalogImportService } from './catalog-import.service';
import { MAX_IMPORT_ROWS } from './catalog-csv.reader';
import { ImportQuery, ImportReportResponse } from './dto/import.dto';
import { ImportFileMissingError } from './transfer.errors';

@ApiTags('catalog')
@Controller('catalog')
export class CatalogTransferController {
  constructor(
    private readonly exports: CatalogExportService,
    private readonly imports: CatalogImportService,
  ) {}

  @Get('export')
  @RequirePermission('catalog:import')
  @ApiOperation({
    summary: 'Every SKU with its product and current prices, as CSV (UTF-8 with BOM, for Excel).',
    description:
      'Columns: product_id, product_name, category_path ("手机配件 / 手机壳"), brand, product_status, sku_code, ' +
      'sku_name, barcode, unit, weight_grams, attributes ("颜色=黑色; 尺码=XL"), sku_status, price_website, ' +
      'price_offline, price_wholesale (yuan, two decimals; empty without a current price). Importing the file ' +
      'unchanged changes nothing.',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'The file, as an attachment named catalog-YYYYMMDD.csv (the business day in China).',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiProblemResponses(503)
  async export(@Res() reply: FastifyReply): Promise<void> {
    const csv = await this.exports.csv();
    await reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="catalog-${businessDay(new Date())}.csv"`)
      .header('Cache-Control', 'no-store')
      .send(Readable.from(csv));
  }

  @Post('import')
  @HttpCode(200)
  @RequirePermission('catalog:import')
  @ApiOperation({
    summary: 'Import products, SKUs and prices from a CSV in the export’s format (multipart field "file").',
    description:
      'Rows are matched by sku_code: a known code updates its SKU and product, and each price that differs ' +
      'from the current one becomes a new price; a new code with product_id joins that product; a new code ' +
      'without one creates a product from the rows with the same product_name. Categories and brands must ' +
      'exist. An empty cell means the default (no name, barcode or weight; unit 件; status active). Prices ' +
      'under the minimum margin are refused: set them in the console, where they go for approval. ' +
      `At most ${MAX_IMPORT_ROWS} rows. dryRun=true (the default) only reports; dryRun=false applies everything ` +
      'or, when any row has an error, nothing (422 IMPORT_HAS_ERRORS, each error as "line N: column").',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiOkResponse({ type: ImportReportResponse })
  @ApiProblemResponses(400, 413, 415, 422)
  async import(@Query() query: ImportQuery, @Req() request: FastifyRequest): Promise<ImportReportResponse> {
    return this.imports.import(await uploadedFile(request), query.dryRun);
  }
}

const uploads = new WeakMap<FastifyRequest, Buffer>();

/**
 * The uploaded file, read once: a deadlock makes the transaction run the handler again, and by then the
 * multipart stream has been consumed.
 */
async function uploadedFile(request: FastifyRequest): Promise<Buffer> {
  const known = uploads.get(request);
  if (known) return known;
  if (!request.isMultipart()) {
    throw new DomainError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported media type', {
      detail: 'Send the CSV as multipart/form-data, in the field "file".',
    });
  }
  const part = await request.file();
  if (!part || part.fieldname !== 'file') throw new ImportFileMissingError();
  // toBuffer() enforces the upload limit (UPLOAD_LIMIT_BYTES): too big is a 413 from the multipart plugin.
  const file = await part.toBuffer();
  uploads.set(request, file);
  return file;
}

/** yyyymmdd of the business day in China, whatever the server's time zone. */
function businessDay(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}${part('month')}${part('day')}`;
}
