import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsOptional, IsString, IsUUID, Length } from 'class-validator';

export class ListAssetCustodiansQuery {
  @ApiPropertyOptional({ example: '王', description: 'Part of a name or an employee number (工号).' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 50)
  q?: string;

  @ApiPropertyOptional({
    type: String,
    description: 'Comma-separated employee ids to name (up to 100); overrides q.',
  })
  @IsOptional()
  @Transform(({ value }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean)
      : value,
  )
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'ids must be employee ids' })
  ids?: string[];
}

export class AssetCustodianResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'E00042' }) number!: string;
  @ApiProperty({ example: '王小明' }) name!: string;
}
