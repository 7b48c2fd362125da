import { Injectable } from '@nestjs/common';
import { UsersService } from '@zhanggui/api-identity';
import { TransactionalConnection } from '@zhanggui/api-platform';
import { ExpensePolicyLimit } from './expense-policy-limit.entity';
import {
  checkPolicy,
  EmployeeGrade,
  gradeOfRoles,
  LineForPolicy,
  PolicyLimit,
  unjustifiedProblems,
} from './expense-policy';
import { ExpenseOverLimitError } from './expenses.errors';
import type { SetPolicyLimitDto } from './dto/expense-policy.dto';

/** The expense policy (报销标准) as finance keeps it, and the per-line check every claim goes through. */
@Injectable()
export class ExpensePolicyService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly users: UsersService,
  ) {}

  private get repository() {
    return this.connection.getRepository(ExpensePolicyLimit);
  }

  list(): Promise<ExpensePolicyLimit[]> {
    return this.repository.find({ order: { category: 'ASC', grade: 'ASC', basis: 'ASC' } });
  }

  /** Sets (or replaces) the limit for a category, grade and basis. */
  async set(input: SetPolicyLimitDto): Promise<ExpensePolicyLimit> {
    const key = { category: input.category, grade: input.grade, basis: input.basis };
    const row =
      (await this.repository.findOne({ where: key, lock: { mode: 'pessimistic_write' } })) ??
      this.repository.create({ ...key, currency: 'CNY' });
    row.limitAmount = input.limit;
    return this.repository.save(row);
  }

  async gradeOf(userId: string): Promise<EmployeeGrade> {
    return gradeOfRoles((await this.users.assignmentsOf(userId)).map((a) => a.role));
  }

  /** Refuses (422, naming each line and its limit) lines over the policy without a justification. */
  async assertWithinPolicy(lines: LineForPolicy[], grade: EmployeeGrade, field = 'lines'): Promise<void> {
    const limits: PolicyLimit[] = (await this.list()).map((row) => ({
      category: row.category,
      grade: row.grade,
      basis: row.basis,
      limit: row.limitAmount,
    }));
    const problems = unjustifiedProblems(checkPolicy(lines, grade, limits), field);
    if (problems.length > 0) throw new ExpenseOverLimitError(problems);
  }
}
