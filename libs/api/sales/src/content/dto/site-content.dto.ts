import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import {
  SITE_CONTENT_KINDS,
  SITE_CONTENT_STATUSES,
  SITE_LANGUAGES,
  SiteContentKind,
  SiteContentStatus,
  SiteLanguage,
} from '../site-content.entity';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
// A path is `/x`, never `//host` or `/\host`, which browsers follow to another site.
const URL_OR_PATH = /^(https:\/\/|\/(?![/\\]))[^\s]*$/;

/** The fields every item may leave out. */
class SiteContentOptionalFields {
  @ApiPropertyOptional({ description: 'Markdown.' })
  @IsOptional()
  @IsString()
  @MaxLength(100_000)
  body?: string;

  @ApiPropertyOptional({ type: 'string', nullable: true, example: '/api/v1/campaign-assets/…/file' })
  @IsOptional()
  @Matches(URL_OR_PATH, { message: 'imageUrl must be an https URL or a path' })
  @MaxLength(500)
  imageUrl?: string | null;

  @ApiPropertyOptional({ type: 'string', nullable: true, example: '/campaigns/double-12' })
  @IsOptional()
  @Matches(URL_OR_PATH, { message: 'linkUrl must be an https URL or a path' })
  @MaxLength(500)
  linkUrl?: string | null;

  @ApiPropertyOptional({ example: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  position?: number;

  @ApiPropertyOptional({ enum: SITE_CONTENT_STATUSES })
  @IsOptional()
  @IsIn(SITE_CONTENT_STATUSES)
  status?: SiteContentStatus;

  @ApiPropertyOptional({ type: 'string', format: 'date-time', nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  publishFrom?: string | null;

  @ApiPropertyOptional({ type: 'string', format: 'date-time', nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  publishUntil?: string | null;
}

export class CreateSiteContentDto extends SiteContentOptionalFields {
  @ApiProperty({ enum: SITE_CONTENT_KINDS })
  @IsIn(SITE_CONTENT_KINDS)
  kind!: SiteContentKind;

  @ApiProperty({ enum: SITE_LANGUAGES })
  @IsIn(SITE_LANGUAGES)
  language!: SiteLanguage;

  @ApiProperty({ example: 'about-us' })
  @Matches(/^[a-z0-9][a-z0-9-]{0,99}$/, { message: 'slug must be lower-case letters, digits or -' })
  slug!: string;

  @ApiProperty({ example: '关于我们' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  title!: string;
}

export class UpdateSiteContentDto extends PartialType(
  OmitType(CreateSiteContentDto, ['kind', 'language'] as const),
) {}

export class ListSiteContentQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['updatedAt', '-updatedAt', 'title', '-title'] })
  @IsOptional()
  @IsIn(['updatedAt', '-updatedAt', 'title', '-title'])
  sort?: string;

  @ApiPropertyOptional({ enum: SITE_CONTENT_KINDS })
  @IsOptional()
  @IsIn(SITE_CONTENT_KINDS)
  kind?: SiteContentKind;

  @ApiPropertyOptional({ enum: SITE_LANGUAGES })
  @IsOptional()
  @IsIn(SITE_LANGUAGES)
  language?: SiteLanguage;

  @ApiPropertyOptional({ enum: SITE_CONTENT_STATUSES })
  @IsOptional()
  @IsIn(SITE_CONTENT_STATUSES)
  status?: SiteContentStatus;
}

export class PublishedSiteContentQuery {
  @ApiPropertyOptional({ enum: SITE_CONTENT_KINDS })
  @IsOptional()
  @IsIn(SITE_CONTENT_KINDS)
  kind?: SiteContentKind;

  @ApiProperty({ enum: SITE_LANGUAGES })
  @IsIn(SITE_LANGUAGES)
  language!: SiteLanguage;
}

export class SiteContentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: SITE_CONTENT_KINDS }) kind!: SiteContentKind;
  @ApiProperty({ enum: SITE_LANGUAGES }) language!: SiteLanguage;
  @ApiProperty() slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: 'string', nullable: true }) imageUrl!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) linkUrl!: string | null;
  @ApiProperty() position!: number;
  @ApiProperty({ enum: SITE_CONTENT_STATUSES }) status!: SiteContentStatus;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) publishFrom!: string | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) publishUntil!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

/** What the website gets: only what it shows, without the editors' bookkeeping. */
export class PublishedSiteContentItem {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: SITE_CONTENT_KINDS }) kind!: SiteContentKind;
  @ApiProperty({ enum: SITE_LANGUAGES }) language!: SiteLanguage;
  @ApiProperty() slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: 'string', nullable: true }) imageUrl!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) linkUrl!: string | null;
  @ApiProperty() position!: number;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) publishUntil!: string | null;
}

export class PublishedSiteContentResponse {
  @ApiProperty({ type: [PublishedSiteContentItem] }) data!: PublishedSiteContentItem[];
}
