import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import {
  applyDataScope,
  assertVersionMatches,
  currentActor,
  DataScope,
  Page,
  paginate,
  scopeAllows,
  TransactionalConnection,
  WHOLE_COMPANY,
} from '@zhanggui/api-platform';
import { OrgUnitsService } from '@zhanggui/api-identity';
import type { CreateWarehouseDto, ListWarehousesQuery, UpdateWarehouseDto } from './dto/warehouse.dto';
import { Warehouse } from './warehouse.entity';
import {
  WarehouseCodeTakenError,
  WarehouseInactiveError,
  WarehouseNotEmptyError,
  WarehouseNotFoundError,
  WarehouseRegionInvalidError,
} from './warehouse.errors';
import { WarehouseView, warehouseView } from './warehouse.view';
import { UnknownReferenceError } from '../stock/stock.errors';

const TERRITORY_KINDS = ['province', 'region', 'city'];

/**
 * Warehouses and who may see them. Staff scoped to a sales territory see the warehouses of that territory
 * and below; one outside their scope answers as not found.
 */
@Injectable()
export class WarehousesService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly orgUnits: OrgUnitsService,
  ) {}

  private get warehouses() {
    return this.connection.getRepository(Warehouse);
  }

  /** For other domains: any warehouse, active or not, without data scope. */
  async get(id: string): Promise<WarehouseView> {
    return warehouseView(await this.find(id));
  }

  /** For other domains: every warehouse (optionally only active ones), by code. */
  async all(options: { activeOnly?: boolean } = {}): Promise<WarehouseView[]> {
    const rows = await this.warehouses.find({
      where: options.activeOnly ? { status: 'active' } : {},
      order: { code: 'ASC' },
    });
    return rows.map(warehouseView);
  }

  /** The data scope of the caller for `permission`; the whole company outside a request (jobs, other domains). */
  async scopeOf(permission: string): Promise<DataScope> {
    const actor = currentActor();
    return actor ? actor.scopeFor(permission) : WHOLE_COMPANY;
  }

  list(query: ListWarehousesQuery, scope: DataScope): Promise<Page<Warehouse>> {
    const qb = this.warehouses.createQueryBuilder('w');
    applyDataScope(qb, 'w.region_id', scope);
    if (query.status) qb.andWhere('w.status = :status', { status: query.status });
    if (query.regionId) qb.andWhere('w.region_id = :regionId', { regionId: query.regionId });
    return paginate(qb, query, {
      sorts: {
        code: { column: 'w.code', value: (w) => w.code },
        createdAt: { column: 'w.id', value: (w) => w.id },
      },
      idColumn: 'w.id',
      idValue: (w) => w.id,
    });
  }

  /** One warehouse the caller may see; outside their scope it does not exist (404). */
  async getVisible(id: string, scope: DataScope): Promise<Warehouse> {
    const warehouse = await this.warehouses.findOneBy({ id });
    if (!warehouse || !scopeAllows(scope, warehouse.regionId)) throw new WarehouseNotFoundError(id);
    return warehouse;
  }

  /**
   * A warehouse named in a request body, which must exist, be visible to the caller and be active:
   * problems name the field it came from.
   */
  async usable(id: string, scope: DataScope, field: string): Promise<Warehouse> {
    const warehouse = await this.warehouses.findOneBy({ id });
    if (!warehouse || !scopeAllows(scope, warehouse.regionId))
      throw new UnknownReferenceError(field, 'warehouse', id);
    if (warehouse.status !== 'active') throw new WarehouseInactiveError(warehouse.code, field);
    return warehouse;
  }

  async create(input: CreateWarehouseDto): Promise<Warehouse> {
    const regionId = input.regionId ?? null;
    if (regionId) await this.assertTerritory(regionId);
    return this.translate(
      () =>
        this.warehouses.save(
          this.warehouses.create({ code: input.code, name: input.name, regionId, status: 'active' }),
        ),
      input.code,
    );
  }

  async update(id: string, changes: UpdateWarehouseDto, expected: number[] | undefined, scope: DataScope) {
    const warehouse = await this.lockVisible(id, scope);
    assertVersionMatches('warehouse', expected, warehouse.version);
    if (changes.regionId !== undefined && changes.regionId !== warehouse.regionId) {
      if (changes.regionId !== null) await this.assertTerritory(changes.regionId);
      warehouse.regionId = changes.regionId;
    }
    if (changes.name !== undefined) warehouse.name = changes.name;
    return this.warehouses.save(warehouse);
  }

  /** Deactivated warehouses keep their history but take no more stock; only an empty one may go. */
  async setActive(id: string, active: boolean, expected: number[] | undefined, scope: DataScope) {
    const warehouse = await this.lockVisible(id, scope);
    assertVersionMatches('warehouse', expected, warehouse.version);
    if (!active && warehouse.status === 'active') {
      const [{ busy }]: Array<{ busy: boolean }> = await this.connection.manager.query(
        `SELECT EXISTS (SELECT 1 FROM stock_level WHERE warehouse_id = $1 AND (on_hand > 0 OR in_transit > 0))
             OR EXISTS (SELECT 1 FROM stock_transfer WHERE from_warehouse_id = $1 AND status = 'in_transit')
             AS busy`,
        [id],
      );
      if (busy) throw new WarehouseNotEmptyError(warehouse.code);
    }
    warehouse.status = active ? 'active' : 'inactive';
    return this.warehouses.save(warehouse);
  }

  /** For stock operations other domains start: the warehouse must exist and be active. */
  async requireActive(id: string, field = 'warehouseId'): Promise<Warehouse> {
    const warehouse = await this.warehouses.findOneBy({ id });
    if (!warehouse) throw new UnknownReferenceError(field, 'warehouse', id);
    if (warehouse.status !== 'active') throw new WarehouseInactiveError(warehouse.code, field);
    return warehouse;
  }

  async find(id: string): Promise<Warehouse> {
    const warehouse = await this.warehouses.findOneBy({ id });
    if (!warehouse) throw new WarehouseNotFoundError(id);
    return warehouse;
  }

  private async lockVisible(id: string, scope: DataScope): Promise<Warehouse> {
    const warehouse = await this.warehouses.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!warehouse || !scopeAllows(scope, warehouse.regionId)) throw new WarehouseNotFoundError(id);
    return warehouse;
  }

  private async assertTerritory(regionId: string): Promise<void> {
    const unit = await this.orgUnits.get(regionId).catch(() => undefined);
    if (!unit) throw new UnknownReferenceError('regionId', 'org unit', regionId);
    if (!TERRITORY_KINDS.includes(unit.kind))
      throw new WarehouseRegionInvalidError(`${unit.name} is a ${unit.kind}, not a province, region or city`);
    if (unit.status !== 'active') throw new WarehouseRegionInvalidError(`${unit.name} is archived`);
  }

  private async translate<T>(save: () => Promise<T>, code: string): Promise<T> {
    try {
      return await save();
    } catch (error) {
      const constraint = (error as QueryFailedError & { driverError?: { constraint?: string } }).driverError
        ?.constraint;
      if (constraint === 'warehouse_code_key') throw new WarehouseCodeTakenError(code);
      throw error;
    }
  }
}
