import { ApiProperty } from '@nestjs/swagger';
import { IsUUID, Matches } from 'class-validator';
import type { ChinaDivisions } from '../../divisions/china-divisions';
import type { TerritoryCity } from '../territory-city.entity';

export class TerritoryCityParams {
  @ApiProperty({ example: '440100', description: 'GB/T 2260 city code.' })
  @Matches(/^\d{6}$/, { message: 'cityCode must be a six-digit GB/T 2260 code' })
  cityCode!: string;
}

export class MapTerritoryCityDto {
  @ApiProperty({ format: 'uuid', description: 'The province, region or city org unit serving the city.' })
  @IsUUID()
  orgUnitId!: string;
}

export class TerritoryCityResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: '440100' })
  cityCode!: string;

  @ApiProperty({ example: '广州市' })
  cityName!: string;

  @ApiProperty({ format: 'uuid' })
  orgUnitId!: string;

  @ApiProperty()
  version!: number;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  static from(mapping: TerritoryCity, divisions: ChinaDivisions): TerritoryCityResponse {
    return {
      id: mapping.id,
      cityCode: mapping.cityCode,
      cityName: divisions.get(mapping.cityCode)?.name ?? mapping.cityCode,
      orgUnitId: mapping.orgUnitId,
      version: mapping.version,
      updatedAt: mapping.updatedAt.toISOString(),
    };
  }
}

export class TerritoryCityListResponse {
  @ApiProperty({ type: [TerritoryCityResponse] })
  data!: TerritoryCityResponse[];
}
