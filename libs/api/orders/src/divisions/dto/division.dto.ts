import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export class ListDivisionsQuery {
  @ApiPropertyOptional({
    example: '440000',
    description: 'A province or city code; omit for the provinces.',
  })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'parent must be a six-digit GB/T 2260 code' })
  parent?: string;
}

export class DivisionResponse {
  @ApiProperty({ example: '440100' })
  code!: string;

  @ApiProperty({ example: '广州市' })
  name!: string;

  @ApiProperty({ enum: ['province', 'city', 'district'] })
  level!: string;

  @ApiProperty({ type: 'string', nullable: true, example: '440000' })
  parentCode!: string | null;

  @ApiProperty({ description: 'Whether there is a level below (a cascader loads it on demand).' })
  hasChildren!: boolean;
}

export class DivisionListResponse {
  @ApiProperty({ type: [DivisionResponse] })
  data!: DivisionResponse[];
}
