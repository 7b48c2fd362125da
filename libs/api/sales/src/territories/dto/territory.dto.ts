import { ApiProperty } from '@nestjs/swagger';

export class TerritoryManagerResponse {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ example: '张经理' }) displayName!: string;
}

export class TerritoryPartnerSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['active', 'suspended', 'ended'] }) status!: string;
  @ApiProperty({ type: [String], format: 'uuid' }) cityIds!: string[];
}

export class TerritoryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'GD-PRD' }) code!: string;
  @ApiProperty({ example: '珠三角区域' }) name!: string;
  @ApiProperty({ enum: ['province', 'region', 'city'] }) kind!: string;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) parentId!: string | null;
  @ApiProperty({ enum: ['active', 'archived'] }) status!: string;
  @ApiProperty({ type: [TerritoryManagerResponse], description: 'Holders of the level’s manager role.' })
  managers!: TerritoryManagerResponse[];
  @ApiProperty({
    type: [TerritoryPartnerSummary],
    description:
      'Regions: their logistics partners. Cities: the partners delivering there. Provinces: empty.',
  })
  logisticsPartners!: TerritoryPartnerSummary[];
}

export class TerritoryListResponse {
  @ApiProperty({ type: [TerritoryResponse] }) data!: TerritoryResponse[];
}
