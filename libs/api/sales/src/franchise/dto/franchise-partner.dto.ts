import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { FRANCHISE_KINDS, FranchiseKind } from '../franchise-partner.entities';
import { FRANCHISE_STAGES, FranchiseStage } from '../franchise-stages';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class FranchiseContactDto {
  @ApiProperty({ example: '赵总' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiPropertyOptional({ example: '13600136000' })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{5,20}$/, { message: 'phone must be a phone number' })
  phone?: string;

  @ApiPropertyOptional({ example: '总经理' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  title?: string;
}

export class UpdateFranchisePartnerDto {
  @ApiPropertyOptional({ example: '佛山优品连锁' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ enum: FRANCHISE_KINDS })
  @IsOptional()
  @IsIn(FRANCHISE_KINDS)
  kind?: FranchiseKind;

  @ApiPropertyOptional({ type: [FranchiseContactDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => FranchiseContactDto)
  contacts?: FranchiseContactDto[];

  @ApiPropertyOptional({ example: 'HT-2026-0042' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  contractNumber?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;
}

export class CreateFranchisePartnerDto extends UpdateFranchisePartnerDto {
  // Required here: a subclass's conditional replaces the parent's @IsOptional(); without it, leaving the
  // field out passed validation and failed in the database as a 500 (found by the fuzz suite).
  @ApiProperty({ example: '佛山优品连锁' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  @ValidateIf(() => true)
  declare name: string;

  @ApiProperty({ enum: FRANCHISE_KINDS })
  @IsIn(FRANCHISE_KINDS)
  @ValidateIf(() => true)
  declare kind: FranchiseKind;

  @ApiProperty({ format: 'uuid', description: 'The province, region or city it would serve.' })
  @IsUUID()
  orgUnitId!: string;
}

export class MoveFranchiseStageDto {
  @ApiProperty({ enum: FRANCHISE_STAGES })
  @IsIn(FRANCHISE_STAGES)
  stage!: FranchiseStage;

  @ApiPropertyOptional({ example: '已完成第二轮洽谈' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;

  @ApiPropertyOptional({ example: 'HT-2026-0042', description: 'Needed (here or before) to reach contract.' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  contractNumber?: string;
}

export class ListFranchisePartnersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['name', '-name', 'createdAt', '-createdAt'] })
  @IsOptional()
  @IsIn(['name', '-name', 'createdAt', '-createdAt'])
  sort?: string;

  @ApiPropertyOptional({ enum: FRANCHISE_STAGES })
  @IsOptional()
  @IsIn(FRANCHISE_STAGES)
  stage?: FranchiseStage;
}

export class FranchiseHistoryResponse {
  @ApiProperty({ type: 'string', enum: FRANCHISE_STAGES, nullable: true }) fromStage!: FranchiseStage | null;
  @ApiProperty({ enum: FRANCHISE_STAGES }) toStage!: FranchiseStage;
  @ApiProperty({ type: 'string', nullable: true }) note!: string | null;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) actorId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class FranchisePartnerResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'FP-20261128-0001' }) number!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: FRANCHISE_KINDS }) kind!: FranchiseKind;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty({ enum: FRANCHISE_STAGES }) stage!: FranchiseStage;
  @ApiProperty({ enum: FRANCHISE_STAGES, isArray: true }) nextStages!: FranchiseStage[];
  @ApiProperty({ type: [FranchiseContactDto] }) contacts!: FranchiseContactDto[];
  @ApiProperty({ type: 'string', nullable: true }) contractNumber!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) note!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiPropertyOptional({ type: [FranchiseHistoryResponse], description: 'Detail only, oldest first.' })
  history?: FranchiseHistoryResponse[];
}
