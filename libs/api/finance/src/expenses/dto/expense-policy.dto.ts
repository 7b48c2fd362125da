import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { CATEGORY_NAMES, EXPENSE_CATEGORIES, ExpenseCategory } from '../expense-categories';
import { EMPLOYEE_GRADES, EmployeeGrade } from '../expense-policy';
import type { ExpensePolicyLimit } from '../expense-policy-limit.entity';

export class SetPolicyLimitDto {
  @ApiProperty({ enum: EXPENSE_CATEGORIES })
  @IsIn(EXPENSE_CATEGORIES)
  category!: ExpenseCategory;

  @ApiProperty({ enum: EMPLOYEE_GRADES })
  @IsIn(EMPLOYEE_GRADES)
  grade!: EmployeeGrade;

  @ApiProperty({
    enum: ['per_line', 'per_day'],
    description: 'Per receipt line, or per day for the category.',
  })
  @IsIn(['per_line', 'per_day'])
  basis!: 'per_line' | 'per_day';

  @ApiProperty({ example: 40_000, description: 'The cap in 分: 40000 is ¥400.00.' })
  @IsInt({ message: 'limit must be a whole number of 分' })
  @Min(0)
  @Max(100_000_000_00)
  limit!: number;
}

export class PolicyLimitResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: EXPENSE_CATEGORIES })
  category!: ExpenseCategory;

  @ApiProperty({ enum: EMPLOYEE_GRADES })
  grade!: EmployeeGrade;

  @ApiProperty({ enum: ['per_line', 'per_day'] })
  basis!: 'per_line' | 'per_day';

  @ApiProperty({ description: '分.' })
  limit!: number;

  @ApiProperty({ example: 'CNY' })
  currency!: string;

  @ApiProperty()
  version!: number;

  static from(row: ExpensePolicyLimit): PolicyLimitResponse {
    return {
      id: row.id,
      category: row.category,
      grade: row.grade,
      basis: row.basis,
      limit: row.limitAmount,
      currency: row.currency,
      version: row.version,
    };
  }
}

export class ExpenseCategoryResponse {
  @ApiProperty({ enum: EXPENSE_CATEGORIES })
  code!: ExpenseCategory;

  @ApiProperty({ example: '差旅费' })
  nameZh!: string;

  @ApiProperty({ example: 'Travel' })
  nameEn!: string;

  @ApiProperty({ example: '6602', description: 'Where it posts for a department (管理费用).' })
  departmentAccount!: string;

  @ApiProperty({ example: '6601', description: 'Where it posts for a sales territory (销售费用).' })
  salesTerritoryAccount!: string;

  static all(account: (category: ExpenseCategory, territory: boolean) => string): ExpenseCategoryResponse[] {
    return EXPENSE_CATEGORIES.map((code) => ({
      code,
      nameZh: CATEGORY_NAMES[code].zh,
      nameEn: CATEGORY_NAMES[code].en,
      departmentAccount: account(code, false),
      salesTerritoryAccount: account(code, true),
    }));
  }
}
