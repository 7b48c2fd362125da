// What a backup copies: every ordinary and partitioned table (not the partitions themselves: rows are read and
// written through the parent, which routes them), outside PostgreSQL's own schemas and extensions' objects.
// schema_migration is left out: restore fills it by running the migrations themselves.

export const MIGRATIONS_TABLE = 'schema_migration';

const USER_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'`;

const NOT_FROM_EXTENSION = `NOT EXISTS (
  SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')`;

export function quoteIdent(name) {
  return `"${name.replace(/"/g, '""')}"`;
}

export function qualified({ schema, name }) {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

/** Tables with their columns in order (generated columns left out: PostgreSQL computes them again). */
export async function listTables(client) {
  const { rows } = await client.query(`
    SELECT n.nspname AS schema, c.relname AS name,
           array_agg(a.attname::text ORDER BY a.attnum) FILTER (WHERE a.attgenerated = '') AS columns
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND ${USER_SCHEMAS} AND ${NOT_FROM_EXTENSION}
      AND NOT (n.nspname = 'public' AND c.relname = '${MIGRATIONS_TABLE}')
    GROUP BY n.nspname, c.relname
    ORDER BY n.nspname, c.relname`);
  return rows.map((row) => ({ schema: row.schema, name: row.name, columns: row.columns ?? [] }));
}

export async function listSequences(client) {
  const { rows } = await client.query(`
    SELECT n.nspname AS schema, c.relname AS name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind = 'S' AND ${USER_SCHEMAS} AND ${NOT_FROM_EXTENSION}
    ORDER BY 1, 2`);
  return rows;
}

/** True when the database holds no table, view or sequence of its own (extensions' objects aside). */
export async function isEmptyDatabase(client) {
  const { rows } = await client.query(`
    SELECT count(*)::int AS count FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND ${USER_SCHEMAS} AND ${NOT_FROM_EXTENSION}`);
  return rows[0].count === 0;
}

/** Schemas other than PostgreSQL's own: what `--force` drops before restoring. */
export async function listUserSchemas(client) {
  const { rows } = await client.query(`
    SELECT n.nspname AS name FROM pg_namespace n
    WHERE ${USER_SCHEMAS}
      AND NOT EXISTS (SELECT 1 FROM pg_depend d
                      WHERE d.classid = 'pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e')
    ORDER BY 1`);
  return rows.map((row) => row.name);
}

export async function appliedMigrations(client) {
  const exists = await client.query(
    `SELECT to_regclass('public.${MIGRATIONS_TABLE}') IS NOT NULL AS present`,
  );
  if (!exists.rows[0].present) return [];
  const { rows } = await client.query(
    `SELECT timestamp::text AS timestamp, name FROM public.${MIGRATIONS_TABLE} ORDER BY timestamp, id`,
  );
  return rows.map((row) => ({ timestamp: Number(row.timestamp), name: row.name }));
}
