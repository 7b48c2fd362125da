import { Injectable } from '@nestjs/common';
import { OrgUnitsService } from '@zhanggui/api-identity';
import { TransactionalConnection } from '@zhanggui/api-platform';
import { CustomerHistory } from '../customers/customer-history';
import { InvalidDivisionError, UnknownTerritoryError } from '../customers/customer.errors';
import { ChinaDivisions } from '../divisions/china-divisions';
import { TerritoryCity } from './territory-city.entity';
import { TerritoryCityNotFoundError } from './territory-city.errors';

const TERRITORY_KINDS = ['province', 'region', 'city'];

/**
 * Which sales territory serves which city. A customer's territory follows their default address's city
 * through this map, so mapping a city moves its customers (those whose territory was not set by hand).
 */
@Injectable()
export class TerritoryCitiesService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly orgUnits: OrgUnitsService,
    private readonly divisions: ChinaDivisions,
    private readonly history: CustomerHistory,
  ) {}

  private get mappings() {
    return this.connection.getRepository(TerritoryCity);
  }

  list(): Promise<TerritoryCity[]> {
    return this.mappings.find({ order: { cityCode: 'ASC' } });
  }

  /** The territory serving a city, if one is mapped. */
  async territoryOf(cityCode: string): Promise<string | null> {
    return (await this.mappings.findOneBy({ cityCode }))?.orgUnitId ?? null;
  }

  /** Checks that an org unit can be a customer's territory (an active province, region or city). */
  async assertTerritory(orgUnitId: string, field: string): Promise<void> {
    const unit = await this.orgUnits.get(orgUnitId).catch(() => undefined);
    if (!unit || unit.status !== 'active' || !TERRITORY_KINDS.includes(unit.kind))
      throw new UnknownTerritoryError(field, orgUnitId);
  }

  async map(cityCode: string, orgUnitId: string): Promise<TerritoryCity> {
    if (this.divisions.get(cityCode)?.level !== 'city')
      throw new InvalidDivisionError({ field: 'cityCode', message: 'not a city (GB/T 2260)' });
    await this.assertTerritory(orgUnitId, 'orgUnitId');
    const existing = await this.mappings.findOne({
      where: { cityCode },
      lock: { mode: 'pessimistic_write' },
    });
    const saved = await this.mappings.save(
      existing ? Object.assign(existing, { orgUnitId }) : this.mappings.create({ cityCode, orgUnitId }),
    );
    await this.rederive(cityCode, orgUnitId);
    return saved;
  }

  async unmap(cityCode: string): Promise<void> {
    const existing = await this.mappings.findOneBy({ cityCode });
    if (!existing) throw new TerritoryCityNotFoundError(cityCode);
    await this.mappings.remove(existing);
    await this.rederive(cityCode, null);
  }

  /**
   * Moves the customers whose default address is in the city and whose territory followed the address.
   * One statement for the lot (a city may have many customers); each moved customer gets a history line.
   */
  private async rederive(cityCode: string, orgUnitId: string | null): Promise<void> {
    const moved: Array<{ id: string; from: string | null }> = await this.connection.manager.query(
      // A WITH around the UPDATE: TypeORM answers a bare UPDATE with [rows, count] instead of the rows.
      `WITH moved AS (
         UPDATE customer c
            SET territory_id = $2, territory_source = CASE WHEN $2::uuid IS NULL THEN NULL ELSE 'address' END,
                version = c.version + 1, updated_at = now()
           FROM customer_address a, customer before
          WHERE a.customer_id = c.id AND a.is_default AND a.city_code = $1 AND before.id = c.id
            AND c.status = 'active' AND COALESCE(c.territory_source, 'address') = 'address'
            AND c.territory_id IS DISTINCT FROM $2::uuid
        RETURNING c.id, before.territory_id AS "from"
       )
       SELECT * FROM moved`,
      [cityCode, orgUnitId],
    );
    for (const customer of moved) {
      await this.history.record(customer.id, 'territory-changed', {
        note: `city ${cityCode} ${orgUnitId ? 'mapped to a territory' : 'unmapped'}`,
        data: { from: customer.from, to: orgUnitId },
      });
    }
  }
}
