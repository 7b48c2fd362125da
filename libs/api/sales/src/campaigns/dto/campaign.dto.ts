import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { CAMPAIGN_CHANNELS, CampaignChannel } from '../campaign.entities';
import { CAMPAIGN_STATUSES, CampaignStatus } from '../campaign-statuses';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** 100 million yuan in 分: beyond any campaign, and far inside JavaScript's exact integers. */
const MAX_MONEY = 10_000_000_000;

export class CreateCampaignDto {
  @ApiPropertyOptional({ type: 'integer', nullable: true, example: 50_000_000, description: '分' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_MONEY)
  targetRevenue?: number | null;

  @ApiPropertyOptional({ type: [String], description: 'Catalog promotions whose orders are the campaign’s.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  promotionIds?: string[];

  @ApiPropertyOptional({ type: [String], example: ['好物过冬，一价到家'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  slogans?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;

  @ApiProperty({ example: '双十二华南大促' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ enum: CAMPAIGN_CHANNELS })
  @IsIn(CAMPAIGN_CHANNELS)
  channel!: CampaignChannel;

  @ApiProperty({ example: '2026-12-01' })
  @Matches(DAY, { message: 'startsOn must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  startsOn!: string;

  @ApiProperty({ example: '2026-12-14' })
  @Matches(DAY, { message: 'endsOn must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  endsOn!: string;

  @ApiProperty({ example: 5_000_000, description: '分' })
  @IsInt()
  @Min(0)
  @Max(MAX_MONEY)
  budget!: number;

  @ApiPropertyOptional({ example: 'CNY', description: 'CNY when left out.' })
  @IsOptional()
  @IsIn(['CNY'])
  currency?: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  territoryIds!: string[];
}

/** Every plan field may change while the campaign is not over; currency stays. */
export class UpdateCampaignDto extends PartialType(OmitType(CreateCampaignDto, ['currency'] as const)) {}

export class MoveCampaignStatusDto {
  @ApiProperty({ enum: CAMPAIGN_STATUSES })
  @IsIn(CAMPAIGN_STATUSES)
  status!: CampaignStatus;

  @ApiPropertyOptional({ example: '物料已到位，正式上线' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;
}

export class ReportCampaignVisitsDto {
  @ApiProperty({
    example: '2026-12-02',
    description: 'The Beijing day counted; inside the campaign’s period.',
  })
  @Matches(DAY, { message: 'date must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  date!: string;

  @ApiProperty({ example: 1830 })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  visits!: number;

  @ApiPropertyOptional({
    example: 'website',
    description:
      'Who counted (website, mini-program…), website when left out: one count per campaign, day and source.',
  })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'source must be lower-case letters, digits or -' })
  source?: string;
}

export class ListCampaignsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['startsOn', '-startsOn', 'name', '-name', 'createdAt', '-createdAt'] })
  @IsOptional()
  @IsIn(['startsOn', '-startsOn', 'name', '-name', 'createdAt', '-createdAt'])
  sort?: string;

  @ApiPropertyOptional({ enum: CAMPAIGN_STATUSES })
  @IsOptional()
  @IsIn(CAMPAIGN_STATUSES)
  status?: CampaignStatus;

  @ApiPropertyOptional({ enum: CAMPAIGN_CHANNELS })
  @IsOptional()
  @IsIn(CAMPAIGN_CHANNELS)
  channel?: CampaignChannel;
}

export class CampaignHistoryResponse {
  @ApiProperty({ type: 'string', enum: CAMPAIGN_STATUSES, nullable: true })
  fromStatus!: CampaignStatus | null;
  @ApiProperty({ enum: CAMPAIGN_STATUSES }) toStatus!: CampaignStatus;
  @ApiProperty({ type: 'string', nullable: true }) note!: string | null;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) actorId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class CampaignAssetResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'image/png' }) contentType!: string;
  @ApiProperty() bytes!: number;
  @ApiProperty({ type: 'string', nullable: true }) fileName!: string | null;
  @ApiProperty({ example: '/api/v1/campaign-assets/…/file' }) url!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class CampaignResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'CP-20261128-0001' }) number!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: CAMPAIGN_CHANNELS }) channel!: CampaignChannel;
  @ApiProperty({ enum: CAMPAIGN_STATUSES }) status!: CampaignStatus;
  @ApiProperty({ enum: CAMPAIGN_STATUSES, isArray: true }) nextStatuses!: CampaignStatus[];
  @ApiProperty({ example: '2026-12-01' }) startsOn!: string;
  @ApiProperty({ example: '2026-12-14' }) endsOn!: string;
  @ApiProperty({ description: '分' }) budget!: number;
  @ApiProperty({ type: 'integer', nullable: true, description: '分' }) targetRevenue!: number | null;
  @ApiProperty({ example: 'CNY' }) currency!: string;
  @ApiProperty({ type: [String] }) territoryIds!: string[];
  @ApiProperty({ type: [String] }) promotionIds!: string[];
  @ApiProperty({ type: [String] }) slogans!: string[];
  @ApiProperty({ type: 'string', nullable: true }) note!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiPropertyOptional({ type: [CampaignHistoryResponse], description: 'Detail only, oldest first.' })
  history?: CampaignHistoryResponse[];
  @ApiPropertyOptional({ type: [CampaignAssetResponse], description: 'Detail only.' })
  assets?: CampaignAssetResponse[];
}

export class CampaignEffectDayResponse {
  @ApiProperty({ example: '2026-12-02' }) date!: string;
  @ApiProperty() visits!: number;
  @ApiProperty() orders!: number;
  @ApiProperty({ description: '分' }) revenue!: number;
}

export class CampaignEffectResponse {
  @ApiProperty({ format: 'uuid' }) campaignId!: string;
  @ApiProperty({ example: 'CNY' }) currency!: string;
  @ApiProperty() visits!: number;
  @ApiProperty({ description: 'Orders placed in the period and territories with a linked promotion.' })
  orders!: number;
  @ApiProperty({ description: '分: those orders’ totals' }) revenue!: number;
  @ApiProperty({ type: 'number', nullable: true, description: 'orders / visits; null without visits' })
  conversionRate!: number | null;
  @ApiProperty({ description: '分' }) budget!: number;
  @ApiProperty({ type: 'integer', nullable: true, description: '分' }) targetRevenue!: number | null;
  @ApiProperty({
    type: 'number',
    nullable: true,
    description: 'revenue / targetRevenue; null without a target',
  })
  revenueAttainment!: number | null;
  @ApiProperty({ type: 'number', nullable: true, description: 'revenue / budget; null with a zero budget' })
  returnOnBudget!: number | null;
  @ApiProperty({ type: [CampaignEffectDayResponse], description: 'Every day of the period, oldest first.' })
  days!: CampaignEffectDayResponse[];
}

export class CampaignVisitsResponse {
  @ApiProperty({ format: 'uuid' }) campaignId!: string;
  @ApiProperty() date!: string;
  @ApiProperty() source!: string;
  @ApiProperty() visits!: number;
}
