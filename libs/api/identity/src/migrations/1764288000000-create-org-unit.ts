import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VERSIONED_COLUMNS_SQL } from '@zhanggui/api-platform';

export class CreateOrgUnit1764288000000 implements MigrationInterface {
  name = 'CreateOrgUnit1764288000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE org_unit (${VERSIONED_COLUMNS_SQL},
        code varchar(32) NOT NULL,
        name varchar(100) NOT NULL,
        kind varchar(16) NOT NULL,
        parent_id uuid REFERENCES org_unit (id),
        status varchar(16) NOT NULL DEFAULT 'active',
        CONSTRAINT org_unit_code_key UNIQUE (code),
        CONSTRAINT org_unit_kind_check
          CHECK (kind IN ('company', 'department', 'team', 'province', 'region', 'city')),
        CONSTRAINT org_unit_status_check CHECK (status IN ('active', 'archived')),
        CONSTRAINT org_unit_only_company_is_root CHECK ((parent_id IS NULL) = (kind = 'company'))
      )`);
    // One company at the root of the one tree.
    await db.query(`CREATE UNIQUE INDEX org_unit_single_company ON org_unit ((true)) WHERE kind = 'company'`);
    await db.query(`CREATE INDEX org_unit_parent_idx ON org_unit (parent_id)`);
    // Keyset pagination by name: (name, id) is the sort key and tiebreaker.
    await db.query(`CREATE INDEX org_unit_name_id_idx ON org_unit (name, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE org_unit`);
  }
}
