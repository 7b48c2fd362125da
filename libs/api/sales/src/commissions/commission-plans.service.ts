import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { assertVersionMatches, Page, paginate, TransactionalConnection } from '@zhanggui/api-platform';
import {
  CommissionPlanCodeTakenError,
  CommissionPlanNotFoundError,
  CommissionTiersInvalidError,
} from '../sales.errors';
import type {
  CreateCommissionPlanDto,
  ListCommissionPlansQuery,
  UpdateCommissionPlanDto,
} from './dto/commission.dto';
import { CommissionPlan } from './commission.entities';
import { CommissionTier, tiersProblem } from './commission-rules';

@Injectable()
export class CommissionPlansService {
  constructor(private readonly connection: TransactionalConnection) {}

  private get plans() {
    return this.connection.getRepository(CommissionPlan);
  }

  list(query: ListCommissionPlansQuery): Promise<Page<CommissionPlan>> {
    return paginate(this.plans.createQueryBuilder('p'), query, {
      sorts: {
        name: { column: 'p.name', value: (p) => p.name },
        createdAt: { column: 'p.id', value: (p) => p.id },
      },
      idColumn: 'p.id',
      idValue: (p) => p.id,
    });
  }

  async get(id: string): Promise<CommissionPlan> {
    const plan = await this.plans.findOneBy({ id });
    if (!plan) throw new CommissionPlanNotFoundError(id);
    return plan;
  }

  async create(input: CreateCommissionPlanDto): Promise<CommissionPlan> {
    const tiers = checked(input.tiers);
    if (await this.plans.existsBy({ code: input.code })) throw new CommissionPlanCodeTakenError(input.code);
    try {
      return await this.plans.save(
        this.plans.create({ code: input.code, name: input.name, tiers, active: true }),
      );
    } catch (error) {
      const constraint = (error as QueryFailedError & { driverError?: { constraint?: string } }).driverError
        ?.constraint;
      if (constraint === 'commission_plan_code_key') throw new CommissionPlanCodeTakenError(input.code);
      throw error;
    }
  }

  async update(id: string, changes: UpdateCommissionPlanDto, expected?: number[]): Promise<CommissionPlan> {
    const plan = await this.plans.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!plan) throw new CommissionPlanNotFoundError(id);
    assertVersionMatches('commission plan', expected, plan.version);
    if (changes.tiers !== undefined) plan.tiers = checked(changes.tiers);
    if (changes.name !== undefined) plan.name = changes.name;
    if (changes.active !== undefined) plan.active = changes.active;
    return this.plans.save(plan);
  }
}

function checked(tiers: CommissionTier[]): CommissionTier[] {
  const plain = tiers.map((t) => ({ fromAttainmentBp: t.fromAttainmentBp, rateBp: t.rateBp }));
  const problem = tiersProblem(plain);
  if (problem) throw new CommissionTiersInvalidError(problem);
  return plain;
}
