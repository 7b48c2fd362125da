import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import { Brackets } from 'typeorm';
import { currentActor, scopeAllows, TransactionalConnection } from '@zhanggui/api-platform';
import type { DataScope } from '@zhanggui/api-platform';
import { ExpenseClaim } from './expense-claim.entity';
import { ExpenseClaimNotFoundError } from './expenses.errors';

export const READ_CLAIMS = 'expense-claims:read';

/**
 * Who sees which claims: everyone their own; holders of expense-claims:read the claims of their units (a
 * city manager their city's, finance all). Anything else answers 404, so ids cannot be probed.
 */
@Injectable()
export class ExpenseClaimAccess {
  constructor(private readonly connection: TransactionalConnection) {}

  async scope(): Promise<DataScope | null> {
    const actor = currentActor();
    if (!actor?.permissions.has(READ_CLAIMS)) return null;
    return actor.scopeFor(READ_CLAIMS);
  }

  async restrict(qb: SelectQueryBuilder<ExpenseClaim>, alias = 'c'): Promise<void> {
    const scope = await this.scope();
    if (scope?.all) return;
    const me = currentActor()?.id ?? null;
    qb.andWhere(
      new Brackets((or) => {
        or.where(`${alias}.claimant_id = :me`, { me });
        if (scope && scope.orgUnitIds.length > 0)
          or.orWhere(`${alias}.org_unit_id = ANY(:claimUnits)`, { claimUnits: scope.orgUnitIds });
      }),
    );
  }

  /** The claim if the caller may see it (locked for a change when `lock`), else 404. */
  async visible(id: string, lock = false): Promise<ExpenseClaim> {
    const claim = await this.connection
      .getRepository(ExpenseClaim)
      .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!claim || !(await this.canSee(claim))) throw new ExpenseClaimNotFoundError(id);
    return claim;
  }

  private async canSee(claim: ExpenseClaim): Promise<boolean> {
    if (claim.claimantId === currentActor()?.id) return true;
    const scope = await this.scope();
    return scope !== null && scopeAllows(scope, claim.orgUnitId);
  }
}
