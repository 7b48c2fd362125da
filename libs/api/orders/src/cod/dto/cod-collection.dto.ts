import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';

export class RecordCodCollectionDto {
  @ApiProperty({
    description: 'Cash collected, 分. A difference from the amount due is allowed but flagged.',
  })
  @IsInt()
  @Min(0)
  amount!: number;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The courier holding the cash; defaults to the courier the order shipped with.',
  })
  @IsOptional()
  @IsUUID()
  collectedBy?: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class CodCollectionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty({ description: '分 collected' }) amount!: number;
  @ApiProperty({ description: '分 due' }) expectedAmount!: number;
  @ApiProperty({ description: 'collected − due, 分' }) difference!: number;
  @ApiProperty({ description: 'True when the cash differs from the amount due.' }) flagged!: boolean;
  @ApiProperty() currency!: string;
  @ApiProperty({ format: 'uuid' }) collectedBy!: string;
  @ApiProperty({ format: 'date', example: '2026-11-27' }) businessDay!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ format: 'date-time' }) collectedAt!: Date;
}
