import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { ARCHIVE_LEVELS } from '../company-document.entity';

export class UploadCompanyDocumentQuery {
  @ApiProperty({ example: 'policy', description: 'policy, notice, template, minutes…' })
  @Matches(/^[a-z][a-z0-9-]{1,31}$/, { message: 'category must be 2–32 lower-case letters, digits or -' })
  category!: string;
  @ApiProperty({ example: '员工考勤管理制度（2026 版）' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;
  @ApiProperty({
    enum: ARCHIVE_LEVELS,
    description: 'public/internal: everyone; confidential: HR, GM, finance; secret: HR and the GM.',
  })
  @IsIn(ARCHIVE_LEVELS)
  confidentiality!: (typeof ARCHIVE_LEVELS)[number];
}

export class CompanyDocumentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'DOC-20261128-0001' }) number!: string;
  @ApiProperty() title!: string;
  @ApiProperty() category!: string;
  @ApiProperty({ enum: ARCHIVE_LEVELS }) confidentiality!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty() contentType!: string;
  @ApiProperty() size!: number;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: Date;
}

export class ListCompanyDocumentsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['createdAt', '-createdAt'], default: '-createdAt' })
  @IsOptional()
  @IsIn(['createdAt', '-createdAt'])
  sort?: string;
  @ApiPropertyOptional({ example: 'policy' }) @IsOptional() @IsString() @MaxLength(32) category?: string;
}
