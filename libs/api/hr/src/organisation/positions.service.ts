import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { OrgUnitsService } from '@zhanggui/api-identity';
import {
  assertVersionMatches,
  beijingDate,
  Page,
  paginate,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import {
  HeadcountExceededError,
  OrgUnitUnknownError,
  PositionCodeTakenError,
  PositionNotFoundError,
  PositionUnknownError,
} from '../hr.errors';
import type {
  CreatePositionDto,
  HeadcountResponse,
  ListPositionsQuery,
  OrgChartResponse,
  UpdatePositionDto,
} from './dto/position.dto';
import { HeadcountPlan, Position } from './position.entity';

export interface HeadcountFigures {
  planned: number;
  filled: number;
  open: number;
  note: string | null;
}

export const thisYear = (): string => beijingDate(new Date()).slice(0, 4);

/** Positions with their duties and headcount plans, on identity's org units; the org chart. */
@Injectable()
export class PositionsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly orgUnits: OrgUnitsService,
  ) {}

  private get positions() {
    return this.connection.getRepository(Position);
  }

  list(query: ListPositionsQuery): Promise<Page<Position>> {
    const qb = this.positions.createQueryBuilder('p');
    if (query.orgUnitId) qb.andWhere('p.org_unit_id = :unit', { unit: query.orgUnitId });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    return paginate(qb, query, {
      sorts: {
        code: { column: 'p.code', value: (p) => p.code },
        createdAt: { column: 'p.id', value: (p) => p.id },
      },
      idColumn: 'p.id',
      idValue: (p) => p.id,
    });
  }

  async get(id: string): Promise<Position> {
    const position = await this.positions.findOneBy({ id });
    if (!position) throw new PositionNotFoundError(id);
    return position;
  }

  /** A position new people may be put in (an employee, a hiring request). */
  async active(id: string, field = 'positionId'): Promise<Position> {
    const position = await this.positions.findOneBy({ id });
    if (!position || position.status !== 'active') throw new PositionUnknownError(field);
    return position;
  }

  async assertActiveUnit(orgUnitId: string, field = 'orgUnitId'): Promise<void> {
    const unit = await this.orgUnits.get(orgUnitId).catch(() => undefined);
    if (!unit || unit.status !== 'active') throw new OrgUnitUnknownError(field);
  }

  async create(input: CreatePositionDto): Promise<Position> {
    await this.assertActiveUnit(input.orgUnitId);
    return this.translate(
      () =>
        this.positions.save(
          this.positions.create({
            code: input.code,
            title: input.title,
            orgUnitId: input.orgUnitId,
            duties: input.duties ?? '',
            grade: input.grade ?? null,
            status: 'active',
          }),
        ),
      input.code,
    );
  }

  async update(id: string, changes: UpdatePositionDto, expected?: number[]): Promise<Position> {
    const position = await this.positions.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!position) throw new PositionNotFoundError(id);
    assertVersionMatches('position', expected, position.version);
    Object.assign(position, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)));
    return this.positions.save(position);
  }

  async setHeadcount(
    positionId: string,
    period: string,
    planned: number,
    note?: string,
  ): Promise<HeadcountResponse> {
    const position = await this.get(positionId);
    const plans = this.connection.getRepository(HeadcountPlan);
    const plan =
      (await plans.findOne({ where: { positionId, period }, lock: { mode: 'pessimistic_write' } })) ??
      plans.create({ positionId, period, orgUnitId: position.orgUnitId });
    plan.planned = planned;
    plan.note = note ?? plan.note ?? null;
    await plans.save(plan);
    return (await this.headcount(period, [positionId]))[0];
  }

  /** Planned, filled and open headcount of many positions in one statement. */
  async figures(period: string, positionIds: string[]): Promise<Map<string, HeadcountFigures>> {
    if (positionIds.length === 0) return new Map();
    const rows: Array<{ id: string } & HeadcountFigures> = await this.connection.manager.query(
      `SELECT p.id, coalesce(h.planned, 0)::int AS planned, h.note,
              (SELECT count(*) FROM employee_position ep JOIN employee e ON e.id = ep.employee_id
                WHERE ep.position_id = p.id AND ep.is_primary AND ep.ended_on IS NULL AND e.status <> 'left')::int AS filled,
              (SELECT coalesce(sum(r.headcount - r.hired), 0) FROM hiring_request r
                WHERE r.position_id = p.id AND r.period = $2 AND r.status IN ('pending_approval', 'approved'))::int AS open
         FROM job_position p LEFT JOIN headcount_plan h ON h.position_id = p.id AND h.period = $2
        WHERE p.id = ANY($1)`,
      [positionIds, period],
    );
    return new Map(rows.map(({ id, ...figures }) => [id, figures]));
  }

  async headcount(period: string, positionIds: string[]): Promise<HeadcountResponse[]> {
    const figures = await this.figures(period, positionIds);
    const positions = await this.positions.findBy(positionIds.map((id) => ({ id })));
    return positions.map((p) => {
      const f = figures.get(p.id)!;
      return {
        positionId: p.id,
        orgUnitId: p.orgUnitId,
        period,
        planned: f.planned,
        filled: f.filled,
        open: f.open,
        available: Math.max(0, f.planned - f.filled - f.open),
        note: f.note,
      };
    });
  }

  /** The plan of a unit's positions for a period (one row per active position, planned 0 when unplanned). */
  async unitHeadcount(orgUnitId: string, period: string): Promise<HeadcountResponse[]> {
    const ids = (await this.positions.findBy({ orgUnitId, status: 'active' })).map((p) => p.id);
    return this.headcount(period, ids);
  }

  /** Refuses to hire beyond the plan, naming the position and the numbers; locks the plan row meanwhile. */
  async assertRoomFor(position: Position, period: string, requested: number): Promise<void> {
    await this.connection.manager.query(
      `SELECT 1 FROM headcount_plan WHERE position_id = $1 AND period = $2 FOR UPDATE`,
      [position.id, period],
    );
    const f = (await this.figures(period, [position.id])).get(position.id)!;
    if (f.filled + f.open + requested > f.planned)
      throw new HeadcountExceededError(position, period, {
        planned: f.planned,
        filled: f.filled,
        open: f.open,
        requested,
      });
  }

  /** Active units with their positions and headcount: units in pages of 200, then two statements. */
  async orgChart(period: string): Promise<OrgChartResponse> {
    const units: Array<{ id: string; code: string; name: string; kind: string; parentId: string | null }> =
      [];
    let cursor: string | undefined;
    do {
      const page = await this.orgUnits.list({ limit: 200, cursor, status: 'active', sort: 'code' });
      units.push(...page.data);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const positions = units.length
      ? await this.positions
          .createQueryBuilder('p')
          .where('p.org_unit_id = ANY(:units)', { units: units.map((u) => u.id) })
          .andWhere(`p.status = 'active'`)
          .orderBy('p.code')
          .getMany()
      : [];
    const figures = await this.figures(
      period,
      positions.map((p) => p.id),
    );
    const depth = depthOf(units);
    return {
      period,
      units: [...units]
        .sort((a, b) => depth(a.id) - depth(b.id) || a.code.localeCompare(b.code))
        .map((unit) => {
          const own = positions
            .filter((p) => p.orgUnitId === unit.id)
            .map((p) => {
              const f = figures.get(p.id)!;
              return {
                id: p.id,
                code: p.code,
                title: p.title,
                grade: p.grade,
                planned: f.planned,
                filled: f.filled,
                open: f.open,
              };
            });
          return {
            id: unit.id,
            code: unit.code,
            name: unit.name,
            kind: unit.kind,
            parentId: unit.parentId,
            positions: own,
            planned: own.reduce((sum, p) => sum + p.planned, 0),
            filled: own.reduce((sum, p) => sum + p.filled, 0),
          };
        }),
    };
  }

  private async translate<T>(save: () => Promise<T>, code: string): Promise<T> {
    try {
      return await save();
    } catch (error) {
      const constraint = (error as QueryFailedError & { driverError?: { constraint?: string } }).driverError
        ?.constraint;
      if (constraint === 'job_position_code_key') throw new PositionCodeTakenError(code);
      throw error;
    }
  }
}

function depthOf(units: Array<{ id: string; parentId: string | null }>): (id: string) => number {
  const parent = new Map(units.map((u) => [u.id, u.parentId]));
  return (id) => {
    let depth = 0;
    for (let at = parent.get(id); at && depth < 50; at = parent.get(at)) depth++;
    return depth;
  };
}
