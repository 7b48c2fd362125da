import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import {
  assertVersionMatches,
  EventBus,
  Page,
  paginate,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import type { CreateOrgUnitDto } from './dto/create-org-unit.dto';
import type { ListOrgUnitsQuery } from './dto/list-org-units.query';
import type { UpdateOrgUnitDto } from './dto/update-org-unit.dto';
import { parentRuleViolation } from './org-unit-kind';
import { OrgUnit } from './org-unit.entity';
import {
  CompanyAlreadyExistsError,
  OrgUnitCodeTakenError,
  OrgUnitHasActiveChildrenError,
  OrgUnitNotFoundError,
  OrgUnitParentInvalidError,
} from './org-unit.errors';

@Injectable()
export class OrgUnitsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly events: EventBus,
  ) {}

  private get units() {
    return this.connection.getRepository(OrgUnit);
  }

  async list(query: ListOrgUnitsQuery): Promise<Page<OrgUnit>> {
    const qb = this.units.createQueryBuilder('unit');
    if (query.kind) qb.andWhere('unit.kind = :kind', { kind: query.kind });
    if (query.parentId) qb.andWhere('unit.parent_id = :parentId', { parentId: query.parentId });
    if (query.status) qb.andWhere('unit.status = :status', { status: query.status });
    if (query.q) {
      qb.andWhere("(unit.name ILIKE :q ESCAPE '\\' OR unit.code ILIKE :q ESCAPE '\\')", {
        q: `%${escapeLike(query.q)}%`,
      });
    }
    return paginate(qb, query, {
      sorts: {
        code: { column: 'unit.code', value: (u) => u.code },
        name: { column: 'unit.name', value: (u) => u.name },
        // UUIDv7 ids are in creation order, so "newest first" is an index scan on the primary key.
        createdAt: { column: 'unit.id', value: (u) => u.id },
      },
      idColumn: 'unit.id',
      idValue: (u) => u.id,
    });
  }

  async get(id: string): Promise<OrgUnit> {
    const unit = await this.units.findOneBy({ id });
    if (!unit) throw new OrgUnitNotFoundError(id);
    return unit;
  }

  /** The unit itself and every unit above it, nearest first. */
  async ancestorsOf(unitId: string): Promise<Array<{ id: string; kind: OrgUnit['kind'] }>> {
    return this.connection.manager.query(
      `SELECT a.id, a.kind FROM org_unit u JOIN org_unit a ON u.path LIKE a.path || '%'
        WHERE u.id = $1 ORDER BY length(a.path) DESC`,
      [unitId],
    );
  }

  /** The nearest unit of `kind` at or above `unitId` (the region of a city), if there is one. */
  async nearestOfKind(unitId: string, kind: OrgUnit['kind']): Promise<string | undefined> {
    return (await this.ancestorsOf(unitId)).find((unit) => unit.kind === kind)?.id;
  }

  /** The given units and every unit below them. */
  async subtreeIds(unitIds: string[]): Promise<string[]> {
    if (unitIds.length === 0) return [];
    const rows: Array<{ id: string }> = await this.connection.manager.query(
      `SELECT d.id FROM org_unit root JOIN org_unit d ON d.path LIKE root.path || '%' WHERE root.id = ANY($1)`,
      [unitIds],
    );
    return rows.map((row) => row.id);
  }

  /** Each unit's own subtree (itself and everything under it), for many units in one statement. */
  async subtreesOf(unitIds: string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>(unitIds.map((id) => [id, []]));
    if (unitIds.length === 0) return result;
    const rows: Array<{ root: string; id: string }> = await this.connection.manager.query(
      `SELECT root.id AS root, d.id FROM org_unit root JOIN org_unit d ON d.path LIKE root.path || '%'
        WHERE root.id = ANY($1)`,
      [[...new Set(unitIds)]],
    );
    for (const row of rows) result.get(row.root)!.push(row.id);
    return result;
  }

  async create(input: CreateOrgUnitDto): Promise<OrgUnit> {
    if (input.kind === 'company' && (await this.units.existsBy({ kind: 'company' }))) {
      throw new CompanyAlreadyExistsError();
    }
    const parent = input.parentId ? await this.findParent(input.parentId) : undefined;
    const violation = parentRuleViolation(input.kind, parent?.kind);
    if (violation) throw new OrgUnitParentInvalidError(violation);
    await this.assertCodeFree(input.code);
    const unit = this.units.create({
      code: input.code,
      name: input.name,
      kind: input.kind,
      parentId: parent?.id ?? null,
      status: 'active',
    });
    const saved = await this.saveTranslatingConflicts(unit);
    await this.events.publish('OrgUnitCreated', orgUnitEvent(saved));
    return saved;
  }

  async update(id: string, changes: UpdateOrgUnitDto, expectedVersions?: number[]): Promise<OrgUnit> {
    // Locked for the rest of the transaction: the version check and the write see the same row.
    const unit = await this.units.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!unit) throw new OrgUnitNotFoundError(id);
    assertVersionMatches('org unit', expectedVersions, unit.version);

    if (changes.code !== undefined && changes.code !== unit.code) {
      await this.assertCodeFree(changes.code);
      unit.code = changes.code;
    }
    if (changes.name !== undefined) unit.name = changes.name;
    if (changes.parentId !== undefined && changes.parentId !== unit.parentId) {
      const parent = await this.findParent(changes.parentId);
      const violation =
        parentRuleViolation(unit.kind, parent.kind) ?? (await this.cycleViolation(unit, parent));
      if (violation) throw new OrgUnitParentInvalidError(violation);
      unit.parentId = parent.id;
    }
    if (changes.status !== undefined && changes.status !== unit.status) {
      if (changes.status === 'archived') {
        const activeChildren = await this.units.countBy({ parentId: unit.id, status: 'active' });
        if (activeChildren > 0) throw new OrgUnitHasActiveChildrenError(activeChildren);
      }
      unit.status = changes.status;
    }
    const saved = await this.saveTranslatingConflicts(unit);
    await this.events.publish('OrgUnitUpdated', orgUnitEvent(saved));
    return saved;
  }

  private async findParent(parentId: string): Promise<OrgUnit> {
    const parent = await this.units.findOneBy({ id: parentId });
    if (!parent) throw new OrgUnitParentInvalidError(`there is no org unit ${parentId}`);
    if (parent.status === 'archived') throw new OrgUnitParentInvalidError(`${parent.code} is archived`);
    return parent;
  }

  /** Moving a unit under one of its own descendants would cut the branch off the tree. */
  private async cycleViolation(unit: OrgUnit, newParent: OrgUnit): Promise<string | undefined> {
    const rows: Array<{ id: string }> = await this.connection.manager.query(
      `WITH RECURSIVE ancestors AS (
         SELECT id, parent_id FROM org_unit WHERE id = $1
         UNION ALL
         SELECT o.id, o.parent_id FROM org_unit o JOIN ancestors a ON o.id = a.parent_id
       )
       SELECT id FROM ancestors WHERE id = $2`,
      [newParent.id, unit.id],
    );
    return rows.length > 0 ? `${newParent.code} is inside ${unit.code}` : undefined;
  }

  private async assertCodeFree(code: string): Promise<void> {
    if (await this.units.existsBy({ code })) throw new OrgUnitCodeTakenError(code);
  }

  /** A concurrent insert can still win the race for a code; the unique constraint has the final word. */
  private async saveTranslatingConflicts(unit: OrgUnit): Promise<OrgUnit> {
    try {
      return await this.units.save(unit);
    } catch (error) {
      const constraint = (error as QueryFailedError & { driverError?: { constraint?: string } }).driverError
        ?.constraint;
      if (constraint === 'org_unit_code_key') throw new OrgUnitCodeTakenError(unit.code);
      if (constraint === 'org_unit_single_company') throw new CompanyAlreadyExistsError();
      throw error;
    }
  }
}

/** What partners and other departments hear about a unit (franchisees and logistics map their regions). */
function orgUnitEvent(unit: OrgUnit) {
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    parentId: unit.parentId,
    status: unit.status,
    version: unit.version,
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
