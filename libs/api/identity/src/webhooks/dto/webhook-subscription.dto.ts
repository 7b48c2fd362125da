import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import type { WebhookDelivery } from '../webhook-delivery.entity';
import type { WebhookSubscription, WebhookSubscriptionStatus } from '../webhook-subscription.entity';

const EVENT_TYPE = /^(\*|[A-Z][A-Za-z]{2,79})$/;
const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateWebhookSubscriptionDto {
  @ApiProperty({ example: '物流伙伴 顺丰' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiProperty({ example: 'https://partner.example.com/hooks/zhanggui', description: 'Public http(s) URL.' })
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'url must be an http(s) URL' },
  )
  @MaxLength(2000)
  url!: string;

  @ApiProperty({ type: [String], example: ['OrderShipped'], description: 'Event types, or `*` for all.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Matches(EVENT_TYPE, { each: true, message: 'each event type must be PascalCase (OrderShipped) or *' })
  eventTypes!: string[];
}

export class UpdateWebhookSubscriptionDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'url must be an http(s) URL' },
  )
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Matches(EVENT_TYPE, { each: true, message: 'each event type must be PascalCase (OrderShipped) or *' })
  eventTypes?: string[];

  @ApiPropertyOptional({ enum: ['active', 'paused'] })
  @IsOptional()
  @IsIn(['active', 'paused'])
  status?: WebhookSubscriptionStatus;
}

export class WebhookSubscriptionResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  url!: string;

  @ApiProperty({ type: [String] })
  eventTypes!: string[];

  @ApiProperty({ enum: ['active', 'paused'] })
  status!: WebhookSubscriptionStatus;

  @ApiProperty()
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  static from(subscription: WebhookSubscription): WebhookSubscriptionResponse {
    return {
      id: subscription.id,
      name: subscription.name,
      url: subscription.url,
      eventTypes: subscription.eventTypes,
      status: subscription.status,
      version: subscription.version,
      createdAt: subscription.createdAt.toISOString(),
    };
  }
}

export class CreatedWebhookSubscriptionResponse extends WebhookSubscriptionResponse {
  @ApiProperty({ description: 'Signs every delivery (Zhanggui-Signature). Shown this once.' })
  signingSecret!: string;
}

export class WebhookDeliveryResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  subscriptionId!: string;

  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty()
  eventType!: string;

  @ApiProperty({ enum: ['pending', 'retrying', 'succeeded', 'failed'] })
  status!: string;

  @ApiProperty()
  attempts!: number;

  @ApiProperty({ type: 'integer', nullable: true })
  lastStatusCode!: number | null;

  @ApiProperty({ type: 'string', nullable: true })
  lastError!: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  lastAttemptAt!: string | null;

  @ApiProperty({ type: 'integer', nullable: true })
  lastDurationMs!: number | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  deliveredAt!: string | null;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  replayOf!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  static from(delivery: WebhookDelivery): WebhookDeliveryResponse {
    return {
      ...delivery,
      lastAttemptAt: delivery.lastAttemptAt?.toISOString() ?? null,
      deliveredAt: delivery.deliveredAt?.toISOString() ?? null,
      createdAt: delivery.createdAt.toISOString(),
    };
  }
}
