import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VERSIONED_COLUMNS_SQL } from '@zhanggui/api-platform';

export class CreateUsersAndSessions1764300000000 implements MigrationInterface {
  name = 'CreateUsersAndSessions1764300000000';

  async up(db: QueryRunner): Promise<void> {
    // Materialized path of ids ('/company/province/region/'), kept by the database itself, so "this unit and
    // everything under it" (a manager's data scope) is one indexed prefix match.
    await db.query(`ALTER TABLE org_unit ADD COLUMN path text`);
    await db.query(`
      CREATE FUNCTION org_unit_set_path() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.path := COALESCE((SELECT path FROM org_unit WHERE id = NEW.parent_id), '/') || NEW.id || '/';
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE FUNCTION org_unit_move_subtree() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE org_unit SET path = NEW.path || substring(path FROM length(OLD.path) + 1)
         WHERE path LIKE OLD.path || '%' AND id <> NEW.id;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER org_unit_path BEFORE INSERT OR UPDATE OF parent_id ON org_unit
                    FOR EACH ROW EXECUTE FUNCTION org_unit_set_path()`);
    await db.query(`CREATE TRIGGER org_unit_subtree AFTER UPDATE OF parent_id ON org_unit
                    FOR EACH ROW WHEN (OLD.path IS DISTINCT FROM NEW.path) EXECUTE FUNCTION org_unit_move_subtree()`);
    await db.query(`
      WITH RECURSIVE tree AS (
        SELECT id, '/' || id || '/' AS path FROM org_unit WHERE parent_id IS NULL
        UNION ALL
        SELECT o.id, t.path || o.id || '/' FROM org_unit o JOIN tree t ON o.parent_id = t.id
      )
      UPDATE org_unit SET path = tree.path FROM tree WHERE org_unit.id = tree.id`);
    await db.query(`ALTER TABLE org_unit ALTER COLUMN path SET NOT NULL`);
    await db.query(`CREATE INDEX org_unit_path_idx ON org_unit (path text_pattern_ops)`);

    await db.query(`
      CREATE TABLE user_account (${VERSIONED_COLUMNS_SQL},
        username varchar(64) NOT NULL,
        display_name varchar(100) NOT NULL,
        email varchar(254),
        phone varchar(32),
        status varchar(16) NOT NULL DEFAULT 'active',
        password_hash text NOT NULL,
        password_changed_at timestamptz(3) NOT NULL DEFAULT now(),
        org_unit_id uuid REFERENCES org_unit (id),
        employee_id uuid,
        last_signed_in_at timestamptz(3),
        CONSTRAINT user_account_status_check CHECK (status IN ('active', 'disabled')),
        CONSTRAINT user_account_username_format CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$')
      )`);
    await db.query(`CREATE UNIQUE INDEX user_account_username_key ON user_account (username)`);
    await db.query(`CREATE INDEX user_account_org_unit_idx ON user_account (org_unit_id)`);
    await db.query(`CREATE INDEX user_account_display_name_id_idx ON user_account (display_name, id)`);

    await db.query(`
      CREATE TABLE role_assignment (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        role varchar(40) NOT NULL,
        org_unit_id uuid REFERENCES org_unit (id),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX role_assignment_key ON role_assignment
                    (user_id, role, COALESCE(org_unit_id, '00000000-0000-0000-0000-000000000000'))`);
    await db.query(`CREATE INDEX role_assignment_role_idx ON role_assignment (role, org_unit_id)`);

    // One row per refresh token; rotation adds a row to the same family, and reuse revokes the family.
    await db.query(`
      CREATE TABLE auth_session (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        family_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL,
        rotated_at timestamptz(3),
        revoked_at timestamptz(3),
        user_agent varchar(300),
        ip varchar(64)
      )`);
    await db.query(`CREATE INDEX auth_session_family_idx ON auth_session (family_id)`);
    await db.query(`CREATE INDEX auth_session_user_idx ON auth_session (user_id) WHERE revoked_at IS NULL`);

    await db.query(`
      CREATE TABLE login_attempt (
        key varchar(200) PRIMARY KEY,
        failures integer NOT NULL,
        window_started_at timestamptz(3) NOT NULL,
        locked_until timestamptz(3)
      )`);

    await db.query(`
      CREATE TABLE api_key (${VERSIONED_COLUMNS_SQL},
        name varchar(100) NOT NULL,
        prefix varchar(16) NOT NULL,
        secret_hash bytea NOT NULL,
        permissions text[] NOT NULL,
        org_unit_id uuid REFERENCES org_unit (id),
        expires_at timestamptz(3),
        last_used_at timestamptz(3),
        revoked_at timestamptz(3),
        created_by uuid REFERENCES user_account (id),
        CONSTRAINT api_key_prefix_key UNIQUE (prefix)
      )`);

    await db.query(`
      CREATE TABLE signing_key (
        id varchar(32) PRIMARY KEY,
        secret bytea NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `DROP TABLE signing_key, api_key, login_attempt, auth_session, role_assignment, user_account`,
    );
    await db.query(`DROP TRIGGER org_unit_subtree ON org_unit`);
    await db.query(`DROP TRIGGER org_unit_path ON org_unit`);
    await db.query(`DROP FUNCTION org_unit_move_subtree(), org_unit_set_path()`);
    await db.query(`ALTER TABLE org_unit DROP COLUMN path`);
  }
}
