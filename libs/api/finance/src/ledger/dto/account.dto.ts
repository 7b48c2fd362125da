import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { ACCOUNT_TYPES } from '../chart-of-accounts';
import type { AccountType, NormalBalance } from '../chart-of-accounts';
import type { LedgerAccount } from '../account.entity';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const booleanQuery = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class ListAccountsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['code', '-code'], default: 'code' })
  @IsOptional()
  @IsIn(['code', '-code'])
  sort?: string;

  @ApiPropertyOptional({ enum: ACCOUNT_TYPES })
  @IsOptional()
  @IsIn(ACCOUNT_TYPES)
  type?: AccountType;

  @ApiPropertyOptional({ description: 'Only accounts that take postings (末级科目).' })
  @IsOptional()
  @Transform(booleanQuery)
  @IsBoolean()
  leafOnly?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(booleanQuery)
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ example: '2221', description: 'An account and its sub-accounts.' })
  @IsOptional()
  @Matches(/^[0-9]{1,16}$/, { message: 'codePrefix must be digits' })
  codePrefix?: string;
}

export class CreateAccountDto {
  @ApiProperty({ example: '1002', description: 'The account to open a sub-account (明细科目) under.' })
  @Matches(/^[0-9]{4}([0-9]{2}){0,4}$/, { message: 'parentCode must be an account code such as 1002' })
  parentCode!: string;

  @ApiProperty({ example: '100201', description: 'The parent’s code plus two digits.' })
  @Matches(/^[0-9]{6}([0-9]{2}){0,4}$/, { message: 'code must be a sub-account code such as 100201' })
  code!: string;

  @ApiProperty({ example: '银行存款-工商银行基本户' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  nameZh!: string;

  @ApiProperty({ example: 'Bank deposits - ICBC basic account' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  nameEn!: string;
}

export class UpdateAccountDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  nameZh?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  nameEn?: string;

  @ApiPropertyOptional({
    description: 'false deactivates (only accounts finance added, with a zero balance).',
  })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class AccountResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '222101' }) code!: string;
  @ApiProperty({ example: '应交税费-应交增值税(销项税额)' }) nameZh!: string;
  @ApiProperty({ example: 'VAT output' }) nameEn!: string;
  @ApiProperty({ enum: ACCOUNT_TYPES }) type!: AccountType;
  @ApiProperty({ enum: ['debit', 'credit'] }) normalBalance!: NormalBalance;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) parentId!: string | null;
  @ApiProperty({ minimum: 1, maximum: 6 }) level!: number;
  @ApiProperty({ description: 'Takes postings (末级科目).' }) isLeaf!: boolean;
  @ApiProperty({ description: 'Seeded and used by the posting rules.' }) system!: boolean;
  @ApiProperty() active!: boolean;
  @ApiProperty() version!: number;

  static from(account: LedgerAccount): AccountResponse {
    const {
      id,
      code,
      nameZh,
      nameEn,
      type,
      normalBalance,
      parentId,
      level,
      isLeaf,
      system,
      active,
      version,
    } = account;
    return {
      id,
      code,
      nameZh,
      nameEn,
      type,
      normalBalance,
      parentId,
      level,
      isLeaf,
      system,
      active,
      version,
    };
  }
}
