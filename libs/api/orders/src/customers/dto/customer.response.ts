import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class AddressResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: '440000' })
  provinceCode!: string;

  @ApiProperty({ example: '广东省' })
  provinceName!: string;

  @ApiProperty({ example: '440100' })
  cityCode!: string;

  @ApiProperty({ example: '广州市' })
  cityName!: string;

  @ApiProperty({ type: 'string', nullable: true, example: '440106' })
  districtCode!: string | null;

  @ApiProperty({ type: 'string', nullable: true, example: '天河区' })
  districtName!: string | null;

  @ApiProperty({ type: 'string', nullable: true, description: 'Null when masked.' })
  detail!: string | null;

  @ApiProperty({ example: '张三', description: '张* when masked.' })
  recipientName!: string;

  @ApiProperty({ example: '13812345678', description: '138****5678 when masked.' })
  recipientPhone!: string;

  @ApiProperty()
  isDefault!: boolean;
}

export class ConsentResponse {
  @ApiProperty()
  granted!: boolean;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  at!: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  channel!: string | null;
}

export class LevelRef {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: '银卡会员' })
  nameZh!: string;

  @ApiProperty({ example: 'Silver' })
  nameEn!: string;
}

export class MembershipSummary {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'M-000045' })
  number!: string;

  @ApiProperty({ format: 'date-time' })
  joinedAt!: string;

  @ApiProperty({ type: LevelRef, nullable: true })
  level!: LevelRef | null;
}

export class CustomerSummary {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'C-000123' })
  number!: string;

  @ApiProperty({ example: '张三' })
  name!: string;

  @ApiProperty({ example: '13812345678', description: '138****5678 when masked.' })
  phone!: string;

  @ApiProperty({ description: 'Personal data is masked for this caller (no customers:pii-read here).' })
  masked!: boolean;

  @ApiProperty({ enum: ['website', 'customer_service', 'franchise'] })
  source!: string;

  @ApiProperty({ type: [String] })
  tags!: string[];

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  territoryId!: string | null;

  @ApiProperty({ enum: ['active', 'merged'] })
  status!: string;

  @ApiProperty({ type: AddressResponse, nullable: true })
  defaultAddress!: AddressResponse | null;

  @ApiProperty({ type: MembershipSummary, nullable: true })
  membership!: MembershipSummary | null;

  @ApiProperty()
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class CustomerResponse extends CustomerSummary {
  @ApiProperty({ type: 'string', nullable: true, description: 'z***@example.com when masked.' })
  email!: string | null;

  @ApiProperty({ type: 'string', enum: ['male', 'female'], nullable: true })
  gender!: string | null;

  @ApiProperty({ type: 'string', format: 'date', nullable: true, description: 'Null when masked.' })
  birthday!: string | null;

  @ApiProperty({ type: 'string', enum: ['address', 'manual'], nullable: true })
  territorySource!: string | null;

  @ApiProperty({ type: ConsentResponse })
  marketingConsent!: ConsentResponse;

  @ApiProperty({ type: [AddressResponse] })
  addresses!: AddressResponse[];

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class CustomerHistoryResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid', description: 'This customer, or a duplicate merged into it.' })
  customerId!: string;

  @ApiProperty({ example: 'registered' })
  action!: string;

  @ApiProperty({ type: 'string', nullable: true })
  note!: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true })
  data!: Record<string, unknown>;

  @ApiProperty({ enum: ['user', 'api-key', 'system'] })
  actorKind!: string;

  @ApiPropertyOptional({ type: 'string', format: 'uuid', nullable: true })
  actorId!: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  actorLabel!: string | null;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;
}

export class DuplicateGroupResponse {
  @ApiProperty({ enum: ['same-phone', 'same-name-and-address'] })
  reason!: string;

  @ApiProperty({ type: [CustomerSummary], description: 'Oldest first: usually the one to keep.' })
  customers!: CustomerSummary[];
}

export class DuplicateListResponse {
  @ApiProperty({ type: [DuplicateGroupResponse] })
  data!: DuplicateGroupResponse[];
}
