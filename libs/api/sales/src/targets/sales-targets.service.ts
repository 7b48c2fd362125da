import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import {
  assertVersionMatches,
  DocumentNumbers,
  Page,
  paginate,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import {
  InvalidPeriodError,
  OutsideOwnTerritoryError,
  SalesTargetExistsError,
  SalesTargetNotFoundError,
  TerritoryInvalidError,
} from '../sales.errors';
import { parsePeriod } from '../shared/periods';
import { inScope, salesScope, scopeParam } from '../shared/sales-scope';
import { TerritoryDirectory } from '../territories/territory-directory';
import type {
  AllocationChildDto,
  CreateSalesTargetDto,
  ListSalesTargetsQuery,
  UpdateSalesTargetDto,
} from './dto/sales-target.dto';
import { SalesTarget, SalesTargetAllocation } from './sales-target.entity';

/**
 * Sales targets and their allocation down the tree. A target is visible to whoever reaches its province or
 * one of its allocated units; outside that it is "not found". Each manager allocates only below their own unit.
 */
@Injectable()
export class SalesTargetsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly numbers: DocumentNumbers,
    private readonly directory: TerritoryDirectory,
  ) {}

  private get targets() {
    return this.connection.getRepository(SalesTarget);
  }

  private get allocations() {
    return this.connection.getRepository(SalesTargetAllocation);
  }

  async list(query: ListSalesTargetsQuery): Promise<Page<SalesTarget>> {
    const qb = this.targets.createQueryBuilder('t');
    const scope = scopeParam(await salesScope('sales-targets:read'));
    if (scope)
      qb.andWhere(
        `(t.org_unit_id = ANY(:scope) OR EXISTS (SELECT 1 FROM sales_target_allocation a
           WHERE a.target_id = t.id AND a.org_unit_id = ANY(:scope)))`,
        { scope },
      );
    if (query.period) qb.andWhere('t.period = :period', { period: query.period });
    if (query.orgUnitId) qb.andWhere('t.org_unit_id = :unit', { unit: query.orgUnitId });
    return paginate(qb, query, {
      sorts: {
        createdAt: { column: 't.id', value: (t) => t.id },
        period: { column: 't.period', value: (t) => t.period },
      },
      idColumn: 't.id',
      idValue: (t) => t.id,
    });
  }

  /** A target the caller reaches with `permission`, with all its allocations. */
  async get(
    id: string,
    permission = 'sales-targets:read',
  ): Promise<{ target: SalesTarget; allocations: SalesTargetAllocation[] }> {
    const target = await this.targets.findOneBy({ id });
    if (!target) throw new SalesTargetNotFoundError(id);
    const allocations = await this.allocations.find({ where: { targetId: id }, order: { id: 'ASC' } });
    const scope = await salesScope(permission);
    if (!inScope(scope, target.orgUnitId) && !allocations.some((a) => inScope(scope, a.orgUnitId)))
      throw new SalesTargetNotFoundError(id);
    return { target, allocations };
  }

  async create(input: CreateSalesTargetDto): Promise<SalesTarget> {
    const period = parsePeriod(input.period);
    if (!period) throw new InvalidPeriodError('period', 'a month, quarter or year');
    const province = await this.directory.unit(input.orgUnitId);
    if (!province || province.kind !== 'province' || province.status !== 'active')
      throw new TerritoryInvalidError('orgUnitId', 'not an active province');
    if (!inScope(await salesScope('sales-targets:write'), province.id))
      throw new OutsideOwnTerritoryError('orgUnitId');
    if (await this.targets.existsBy({ orgUnitId: province.id, period: period.key }))
      throw new SalesTargetExistsError(period.key);
    try {
      return await this.targets.save(
        this.targets.create({
          number: await this.numbers.next('ST'),
          periodKind: period.kind,
          period: period.key,
          orgUnitId: province.id,
          amount: input.amount,
          currency: 'CNY',
          note: input.note ?? null,
        }),
      );
    } catch (error) {
      const constraint = (error as QueryFailedError & { driverError?: { constraint?: string } }).driverError
        ?.constraint;
      if (constraint === 'sales_target_unit_period_key') throw new SalesTargetExistsError(period.key);
      throw error;
    }
  }

  async update(id: string, changes: UpdateSalesTargetDto, expected?: number[]): Promise<SalesTarget> {
    const target = await this.lock(id, 'sales-targets:write');
    assertVersionMatches('sales target', expected, target.version);
    if (changes.amount !== undefined) target.amount = changes.amount;
    if (changes.note !== undefined) target.note = changes.note;
    return this.targets.save(target);
  }

  /**
   * Replaces the children of one node: regions of the province, cities of a region, or people of a city. The
   * caller must reach the node itself; children that disappear take their own allocations with them.
   */
  async setAllocations(
    id: string,
    parentUnitId: string,
    children: AllocationChildDto[],
    expected?: number[],
  ): Promise<SalesTarget> {
    const target = await this.lock(id, 'sales-targets:allocate');
    assertVersionMatches('sales target', expected, target.version);
    if (!inScope(await salesScope('sales-targets:allocate'), parentUnitId))
      throw new OutsideOwnTerritoryError('parentUnitId');
    const parent = await this.directory.unit(parentUnitId);
    const existing = await this.allocations.findBy({ targetId: id });
    const parentIsNode =
      parentUnitId === target.orgUnitId ||
      existing.some((a) => a.orgUnitId === parentUnitId && a.userId === null);
    if (!parent || !parentIsNode)
      throw new TerritoryInvalidError('parentUnitId', 'not the province or an allocated unit of this target');

    const rows = await this.validChildren(parent.kind, parentUnitId, children);
    const keep = new Set(rows.map((row) => `${row.orgUnitId}/${row.userId ?? ''}`));
    const removed = existing.filter(
      (a) => a.parentUnitId === parentUnitId && !keep.has(`${a.orgUnitId}/${a.userId ?? ''}`),
    );
    // A removed region or city takes the allocations below it along.
    const removedUnits = removed.filter((a) => a.userId === null).map((a) => a.orgUnitId);
    if (removedUnits.length > 0) {
      await this.connection.manager.query(
        `DELETE FROM sales_target_allocation a USING org_unit u, org_unit r
          WHERE a.target_id = $1 AND u.id = a.org_unit_id AND r.id = ANY($2) AND u.path LIKE r.path || '%'`,
        [id, removedUnits],
      );
    }
    if (removed.length > 0) await this.allocations.delete(removed.map((a) => a.id));
    for (const row of rows) {
      const current = existing.find(
        (a) => a.parentUnitId === parentUnitId && a.orgUnitId === row.orgUnitId && a.userId === row.userId,
      );
      if (current) {
        if (current.amount !== row.amount)
          await this.allocations.save(Object.assign(current, { amount: row.amount }));
      } else {
        await this.allocations.save(this.allocations.create({ targetId: id, parentUnitId, ...row }));
      }
    }
    // The allocation is part of the target: a change of it is a new version (stale editors get 412).
    await this.targets.increment({ id }, 'version', 1);
    target.version += 1;
    return target;
  }

  private async validChildren(
    parentKind: string,
    parentUnitId: string,
    children: AllocationChildDto[],
  ): Promise<Array<{ orgUnitId: string; userId: string | null; amount: number }>> {
    if (parentKind === 'city') {
      const people = await this.directory.usersUnits(children.map((c) => c.userId ?? ''));
      const rows: Array<{ orgUnitId: string; userId: string | null; amount: number }> = [];
      for (const [index, child] of children.entries()) {
        const person = child.userId ? people.get(child.userId) : undefined;
        if (
          !child.userId ||
          child.orgUnitId ||
          !person?.unitId ||
          !(await this.directory.isWithin(person.unitId, parentUnitId))
        )
          throw new TerritoryInvalidError(`children.${index}.userId`, 'not a person of this city');
        rows.push({ orgUnitId: parentUnitId, userId: child.userId, amount: child.amount });
      }
      return dedupe(rows);
    }
    const expectedKind = parentKind === 'province' ? 'region' : parentKind === 'region' ? 'city' : undefined;
    const units = await this.directory.units(children.map((c) => c.orgUnitId ?? parentUnitId));
    return dedupe(
      children.map((child, index) => {
        const unit = units.find((u) => u.id === child.orgUnitId);
        if (
          !expectedKind ||
          child.userId ||
          !unit ||
          unit.kind !== expectedKind ||
          unit.parentId !== parentUnitId
        )
          throw new TerritoryInvalidError(
            `children.${index}.orgUnitId`,
            `not a ${expectedKind ?? 'child'} of the node`,
          );
        return { orgUnitId: unit.id, userId: null, amount: child.amount };
      }),
    );
  }

  private async lock(id: string, permission: string): Promise<SalesTarget> {
    const target = await this.targets.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!target) throw new SalesTargetNotFoundError(id);
    await this.get(id, permission);
    return target;
  }
}

function dedupe<T extends { orgUnitId: string; userId: string | null }>(rows: T[]): T[] {
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const key = `${row.orgUnitId}/${row.userId ?? ''}`;
    if (seen.has(key)) throw new TerritoryInvalidError(`children.${index}`, 'listed twice');
    seen.add(key);
  });
  return rows;
}
