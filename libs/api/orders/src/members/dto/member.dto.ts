import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CreateCustomerDto } from '../../customers/dto/customer-input.dto';
import { LevelRef } from '../../customers/dto/customer.response';
import { MEMBER_CHANNELS, MemberChannel } from '../member.entity';

export class RegisterMembershipDto {
  @ApiPropertyOptional({
    enum: MEMBER_CHANNELS,
    description: 'Default: website for an API key, customer_service for staff.',
  })
  @IsOptional()
  @IsIn(MEMBER_CHANNELS)
  channel?: MemberChannel;
}

/** A new member by contact: the customer with this phone becomes a member, or a new customer is made. */
export class RegisterMemberDto extends CreateCustomerDto {
  @ApiPropertyOptional({ enum: MEMBER_CHANNELS })
  @IsOptional()
  @IsIn(MEMBER_CHANNELS)
  channel?: MemberChannel;
}

export class LevelChangeResponse {
  @ApiProperty({ type: LevelRef, nullable: true })
  fromLevel!: LevelRef | null;

  @ApiProperty({ type: LevelRef, nullable: true })
  toLevel!: LevelRef | null;

  @ApiProperty({ description: 'Minor units (分) of the rolling 12 months that decided it.' })
  qualifyingSpend!: number;

  @ApiProperty({ enum: ['registered', 'spend', 'recompute', 'merge'] })
  reason!: string;

  @ApiProperty({ format: 'date-time' })
  changedAt!: string;
}

export class MemberResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'M-000045' })
  number!: string;

  @ApiProperty({ format: 'uuid' })
  customerId!: string;

  @ApiProperty({ example: 'C-000123' })
  customerNumber!: string;

  @ApiProperty({ enum: MEMBER_CHANNELS })
  channel!: string;

  @ApiProperty({ format: 'date-time' })
  joinedAt!: string;

  @ApiProperty({ type: LevelRef, nullable: true })
  level!: LevelRef | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  levelSince!: string | null;

  @ApiProperty({ description: 'Completed-order spend of the rolling 12 months, minor units (分).' })
  qualifyingSpend!: number;

  @ApiProperty({ example: 'CNY' })
  currency!: string;

  @ApiProperty()
  version!: number;
}

export class MembershipResponse extends MemberResponse {
  @ApiProperty({ type: [LevelChangeResponse], description: 'Oldest first.' })
  levelHistory!: LevelChangeResponse[];
}
