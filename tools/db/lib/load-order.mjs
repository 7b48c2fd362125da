// Without superuser rights foreign keys stay checked while loading, so referenced tables are loaded first.
import { qualified } from './catalog.mjs';

/** The tables ordered so each comes after the tables it references (cycles and self-references keep their place). */
export async function loadOrder(client, tables) {
  const { rows } = await client.query(`
    SELECT cn.nspname AS child_schema, c.relname AS child_name, pn.nspname AS parent_schema, p.relname AS parent_name
    FROM pg_constraint k
    JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace cn ON cn.oid = c.relnamespace
    JOIN pg_class p ON p.oid = k.confrelid JOIN pg_namespace pn ON pn.oid = p.relnamespace
    WHERE k.contype = 'f' AND k.conrelid <> k.confrelid AND NOT k.condeferrable AND NOT c.relispartition`);
  const byName = new Map(tables.map((table) => [qualified(table), table]));
  const parents = new Map(tables.map((table) => [qualified(table), new Set()]));
  for (const row of rows) {
    const child = qualified({ schema: row.child_schema, name: row.child_name });
    const parent = qualified({ schema: row.parent_schema, name: row.parent_name });
    if (parents.has(child) && byName.has(parent)) parents.get(child).add(parent);
  }
  const ordered = [];
  const placed = new Set();
  while (ordered.length < tables.length) {
    const ready = [...parents].filter(
      ([name, needs]) => !placed.has(name) && [...needs].every((parent) => placed.has(parent)),
    );
    // A cycle of non-deferrable keys cannot be ordered: load what is left as it comes.
    const next = ready.length > 0 ? ready : [...parents].filter(([name]) => !placed.has(name));
    for (const [name] of next) {
      placed.add(name);
      ordered.push(byName.get(name));
    }
  }
  return ordered;
}
