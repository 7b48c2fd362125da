import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@zhanggui/api-platform';

export interface CityPerson {
  userId: string;
  displayName: string;
}

/**
 * The active people of a city (users whose org unit is the city or below it): whom a city's target can be
 * allocated to. Reads identity's user table for the same reason TerritoryDirectory does.
 */
@Injectable()
export class CityPeople {
  constructor(private readonly connection: TransactionalConnection) {}

  /** Undefined when `cityId` is not a city. */
  async of(cityId: string): Promise<CityPerson[] | undefined> {
    const city: unknown[] = await this.connection.manager.query(
      `SELECT 1 FROM org_unit WHERE id = $1 AND kind = 'city'`,
      [cityId],
    );
    if (city.length === 0) return undefined;
    return this.connection.manager.query(
      `SELECT a.id AS "userId", a.display_name AS "displayName"
         FROM user_account a JOIN org_unit u ON u.id = a.org_unit_id JOIN org_unit c ON c.id = $1
        WHERE a.status = 'active' AND u.path LIKE c.path || '%'
        ORDER BY a.display_name, a.id`,
      [cityId],
    );
  }
}
