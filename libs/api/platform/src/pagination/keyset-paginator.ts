import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CursorValue, decodeCursor, encodeCursor } from './cursor';
import type { PageQuery } from './page-query';
import type { Page } from './page';

export interface SortKey<Entity> {
  /** SQL expression of the sort column, e.g. `unit.name`. Must be NOT NULL and, with the id, unique. */
  column: string;
  /** Reads the same value from a loaded row, for the next cursor. */
  value: (row: Entity) => CursorValue;
}

export interface KeysetOptions<Entity> {
  /** The whitelisted sorts by name (`name`, `code`…); `-name` sorts descending. */
  sorts: Record<string, SortKey<Entity>>;
  /** SQL expression of the unique tiebreaker, e.g. `unit.id`. */
  idColumn: string;
  idValue: (row: Entity) => string;
}

/**
 * Keyset ("seek") pagination: the cursor holds the sort key and id of the last row, and the next page starts
 * with `WHERE (key, id) > (:key, :id) ORDER BY key, id LIMIT n+1`, so page 10,000 costs what page 1 costs
 * (an index on (key, id) serves it). No OFFSET, and no COUNT unless the caller asks for one.
 */
export async function paginate<Entity extends ObjectLiteral>(
  query: SelectQueryBuilder<Entity>,
  page: PageQuery & { sort?: string },
  options: KeysetOptions<Entity>,
): Promise<Page<Entity>> {
  const sortName = page.sort ?? Object.keys(options.sorts)[0];
  const descending = sortName.startsWith('-');
  const key = options.sorts[sortName.replace(/^-/, '')];
  if (!key) throw new Error(`Sort "${sortName}" is not whitelisted for this list`);
  const direction = descending ? 'DESC' : 'ASC';
  const keyIsId = key.column === options.idColumn;

  const total = page.count ? await query.clone().getCount() : undefined;

  if (page.cursor) {
    const values = decodeCursor(page.cursor, sortName, keyIsId ? 1 : 2);
    const comparison = descending ? '<' : '>';
    if (keyIsId) query.andWhere(`${options.idColumn} ${comparison} :cursorId`, { cursorId: values[0] });
    else {
      query.andWhere(`(${key.column}, ${options.idColumn}) ${comparison} (:cursorKey, :cursorId)`, {
        cursorKey: values[0],
        cursorId: values[1],
      });
    }
  }
  query.orderBy(key.column, direction);
  if (!keyIsId) query.addOrderBy(options.idColumn, direction);
  const rows = await query.limit(page.limit + 1).getMany();

  const hasMore = rows.length > page.limit;
  const data = hasMore ? rows.slice(0, page.limit) : rows;
  const last = data[data.length - 1];
  const nextCursor =
    hasMore && last
      ? encodeCursor(sortName, keyIsId ? [options.idValue(last)] : [key.value(last), options.idValue(last)])
      : null;
  return total === undefined ? { data, nextCursor } : { data, nextCursor, total };
}
