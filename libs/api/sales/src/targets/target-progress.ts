import { Injectable } from '@nestjs/common';
import { TerritoryFiguresService } from '@zhanggui/api-orders';
import type { DataScope } from '@zhanggui/api-platform';
import { parsePeriod } from '../shared/periods';
import { inScope } from '../shared/sales-scope';
import { TerritoryDirectory } from '../territories/territory-directory';
import { allocationBalance, attainmentBp } from './allocation-rules';
import type { SalesTarget, SalesTargetAllocation } from './sales-target.entity';

export interface TargetNode {
  level: 'province' | 'region' | 'city' | 'person';
  orgUnitId: string;
  userId: string | null;
  parentUnitId: string | null;
  name: string;
  amount: number;
  allocated: number;
  difference: number;
  balanced: boolean;
  actual: number | null;
  attainmentBp: number | null;
}

/**
 * A target's tree with the allocation balance of every node and the actuals computed now from orders (net of
 * refunds), in three queries whatever the tree's size. Only the nodes within `scope` are returned.
 */
@Injectable()
export class TargetProgress {
  constructor(
    private readonly directory: TerritoryDirectory,
    private readonly figures: TerritoryFiguresService,
  ) {}

  async nodes(
    target: SalesTarget,
    allocations: SalesTargetAllocation[],
    scope: DataScope,
  ): Promise<TargetNode[]> {
    const period = parsePeriod(target.period)!;
    const unitIds = [target.orgUnitId, ...allocations.filter((a) => !a.userId).map((a) => a.orgUnitId)];
    const units = new Map((await this.directory.units(unitIds)).map((u) => [u.id, u]));
    const people = await this.directory.usersUnits(allocations.flatMap((a) => (a.userId ? [a.userId] : [])));
    const actuals = await this.figures.figures(unitIds, period.from, period.to);
    const childrenOf = (unitId: string, isPerson: boolean) =>
      isPerson ? [] : allocations.filter((a) => a.parentUnitId === unitId);

    const node = (
      level: TargetNode['level'],
      orgUnitId: string,
      userId: string | null,
      parentUnitId: string | null,
      amount: number,
    ): TargetNode => {
      const children = childrenOf(orgUnitId, userId !== null);
      const balance = allocationBalance(
        amount,
        children.map((c) => c.amount),
      );
      const figures = userId ? undefined : actuals.get(orgUnitId);
      const actual = figures ? figures.deliveredTotal - figures.refunded : null;
      return {
        level,
        orgUnitId,
        userId,
        parentUnitId,
        name: userId
          ? (people.get(userId)?.displayName ?? userId)
          : (units.get(orgUnitId)?.name ?? orgUnitId),
        amount,
        allocated: balance.allocated,
        difference: children.length > 0 ? balance.difference : amount,
        balanced: children.length > 0 && balance.balanced,
        actual,
        attainmentBp: actual === null ? null : attainmentBp(actual, amount),
      };
    };

    const result: TargetNode[] = [];
    const visit = (
      unitId: string,
      parentUnitId: string | null,
      amount: number,
      level: TargetNode['level'],
    ) => {
      result.push(node(level, unitId, null, parentUnitId, amount));
      for (const child of childrenOf(unitId, false)) {
        if (child.userId) result.push(node('person', unitId, child.userId, unitId, child.amount));
        else visit(child.orgUnitId, unitId, child.amount, units.get(child.orgUnitId)?.kind ?? 'city');
      }
    };
    visit(target.orgUnitId, null, target.amount, 'province');
    return result.filter((n) => inScope(scope, n.orgUnitId));
  }
}
