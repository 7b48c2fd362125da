import { ApiProperty } from '@nestjs/swagger';

export class CityPersonResponse {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ example: '李销售' }) displayName!: string;
}

export class CityPeopleResponse {
  @ApiProperty({ type: [CityPersonResponse] }) data!: CityPersonResponse[];
}
