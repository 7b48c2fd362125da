import { Injectable } from '@nestjs/common';
import { EmployeesService } from '@zhanggui/api-hr';
import { TransactionalConnection } from '@zhanggui/api-platform';

export type TerritoryKind = 'province' | 'region' | 'city';
export const TERRITORY_KINDS: TerritoryKind[] = ['province', 'region', 'city'];
/** The manager role of each level of the territory tree. */
export const MANAGER_ROLE: Record<TerritoryKind, string> = {
  province: 'provincial-manager',
  region: 'regional-manager',
  city: 'city-manager',
};

export interface TerritoryUnit {
  id: string;
  code: string;
  name: string;
  kind: TerritoryKind;
  parentId: string | null;
  status: string;
  managers: Array<{ userId: string; displayName: string }>;
}

/**
 * The sales territories of identity's org tree, read in one query with each unit's managers (users holding the
 * level's manager role assigned at exactly that unit). Reads identity's tables because identity exports no
 * batched read of units with their role holders; a candidate to move into identity.
 */
@Injectable()
export class TerritoryDirectory {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly employees: EmployeesService,
  ) {}

  /** Territory units, optionally limited to some ids (a data scope), in tree order. */
  async units(onlyIds: string[] | null): Promise<TerritoryUnit[]> {
    return this.connection.manager.query(
      `SELECT u.id, u.code, u.name, u.kind, u.parent_id AS "parentId", u.status,
              COALESCE((SELECT json_agg(json_build_object('userId', a.id, 'displayName', a.display_name)
                                        ORDER BY a.display_name)
                          FROM role_assignment ra JOIN user_account a ON a.id = ra.user_id
                         WHERE ra.org_unit_id = u.id AND a.status = 'active'
                           AND ra.role = CASE u.kind WHEN 'province' THEN 'provincial-manager'
                                                     WHEN 'region' THEN 'regional-manager'
                                                     ELSE 'city-manager' END), '[]') AS managers
         FROM org_unit u
        WHERE u.kind IN ('province', 'region', 'city') AND ($1::uuid[] IS NULL OR u.id = ANY($1))
        ORDER BY u.path`,
      [onlyIds],
    );
  }

  async unit(id: string): Promise<TerritoryUnit | undefined> {
    return (await this.units([id]))[0];
  }

  /** Whether `unitId` is `ancestorId` or below it. */
  async isWithin(unitId: string, ancestorId: string): Promise<boolean> {
    const rows: unknown[] = await this.connection.manager.query(
      `SELECT 1 FROM org_unit u JOIN org_unit a ON u.path LIKE a.path || '%' WHERE u.id = $1 AND a.id = $2`,
      [unitId, ancestorId],
    );
    return rows.length > 0;
  }

  /** The org unit each user belongs to, for the users given (one query). */
  async usersUnits(userIds: string[]): Promise<Map<string, { unitId: string | null; displayName: string }>> {
    if (userIds.length === 0) return new Map();
    const rows: Array<{
      id: string;
      orgUnitId: string | null;
      displayName: string;
      employeeId: string | null;
    }> = await this.connection.manager.query(
      `SELECT id, org_unit_id AS "orgUnitId", display_name AS "displayName" FROM user_account WHERE id = ANY($1)`,
      [userIds],
    );
    return new Map(rows.map((row) => [row.id, { unitId: row.orgUnitId, displayName: row.displayName }]));
  }

  /** HR employee files linked to users (payroll pays employees, targets name users). */
  employeesOf(userIds: string[]): Promise<Map<string, string>> {
    return this.employees.idsOfUsers(userIds);
  }
}
