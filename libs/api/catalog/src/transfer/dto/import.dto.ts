import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import type { ImportError, ImportReport } from '../import-report';

export class ImportQuery {
  @ApiPropertyOptional({
    default: true,
    description: 'true: check the file and report what would change, writing nothing. false: apply it.',
  })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  dryRun = true;
}

export class ImportErrorView implements ImportError {
  @ApiProperty({
    example: 7,
    description: 'Row of the file, the header being row 1 (as a spreadsheet numbers them).',
  })
  line!: number;

  @ApiPropertyOptional({ example: 'price_website' })
  column?: string;

  @ApiProperty({ example: 'price_website must have at most two decimals (whole 分)' })
  message!: string;
}

export class ImportReportResponse implements ImportReport {
  @ApiProperty()
  dryRun!: boolean;

  @ApiProperty({ description: 'Data rows in the file (blank lines not counted).' })
  rows!: number;

  @ApiProperty()
  productsCreated!: number;

  @ApiProperty({ description: 'Existing products whose name, category or brand changes.' })
  productsUpdated!: number;

  @ApiProperty()
  skusCreated!: number;

  @ApiProperty()
  skusUpdated!: number;

  @ApiProperty({
    description: 'New price rows: each price that differs from the current one on its channel.',
  })
  pricesChanged!: number;

  @ApiProperty({ description: 'Rows whose product, SKU and prices are already as the file says.' })
  unchanged!: number;

  @ApiProperty({
    type: [ImportErrorView],
    description: 'Every problem, by line; the counts leave those rows out.',
  })
  errors!: ImportErrorView[];
}
