import { Injectable } from '@nestjs/common';
import { OrgUnitsService } from '@zhanggui/api-identity';
import { WarehousesService } from '@zhanggui/api-inventory';
import { TransactionalConnection } from '@zhanggui/api-platform';
import type { TerritoryCity } from '../territories/territory-city.entity';
import { OrderNotDeliverableError } from './order.errors';
import { chooseWarehouse } from './warehouse-choice';

const TERRITORY_KINDS = new Set(['city', 'region', 'province']);

export interface Destination {
  /** The sales territory serving the city: the order's org unit and the quote's region. */
  territoryId: string;
  warehouseId: string;
}

/** Where an order to a city belongs and ships from: its territory, and the nearest warehouse serving it. */
@Injectable()
export class OrderDestination {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly orgUnits: OrgUnitsService,
    private readonly warehouses: WarehousesService,
  ) {}

  async of(cityCode: string): Promise<Destination> {
    // The city → territory map is customers' (same domain): the same map files customers and orders. One
    // column of it, read without TypeORM's query builder (every placement pays for this lookup).
    const [mapping]: Array<Pick<TerritoryCity, 'orgUnitId'>> = await this.connection.manager.query(
      'SELECT org_unit_id AS "orgUnitId" FROM territory_city WHERE city_code = $1 LIMIT 1',
      [cityCode],
    );
    if (!mapping) throw new OrderNotDeliverableError(`no sales territory serves city ${cityCode}`);
    const lineage = (await this.orgUnits.ancestorsOf(mapping.orgUnitId))
      .filter((unit) => TERRITORY_KINDS.has(unit.kind))
      .map((unit) => unit.id);
    const warehouse = chooseWarehouse(lineage, await this.warehouses.all({ activeOnly: true }));
    if (!warehouse) throw new OrderNotDeliverableError(`no warehouse serves city ${cityCode}`);
    return { territoryId: mapping.orgUnitId, warehouseId: warehouse.id };
  }
}
