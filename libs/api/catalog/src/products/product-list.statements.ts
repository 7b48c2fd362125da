import { decodeCursor, encodeCursor, searchMatchFor } from '@zhanggui/api-platform';
import type { Page, PreparedStatement, SearchMatch } from '@zhanggui/api-platform';
import type { ListProductsQuery } from './dto/list-products.query';
import type { Product } from './product.entity';

/** Which filters a product list request uses: each combination is its own constant text, so its own name. */
interface ProductListShape {
  storefrontOnly: boolean;
  status: boolean;
  brand: boolean;
  category: boolean;
  match: SearchMatch['kind'] | undefined;
  /** The sort key's column: `p.id` (createdAt, UUIDv7) or `p.name`. */
  keyIsId: boolean;
  descending: boolean;
  cursor: boolean;
}

/** The filter values, in the order the shape's placeholders expect them. */
interface ProductListValues {
  status?: string;
  brandId?: string;
  categoryId?: string;
  match?: SearchMatch;
  cursor?: unknown[];
}

const PRODUCT_COLUMNS = `p.id, p.created_at AS "createdAt", p.updated_at AS "updatedAt", p.version, p.name,
       p.category_id AS "categoryId", p.brand_id AS "brandId", p.status, p.listed_at AS "listedAt"`;

/**
 * The search list was the catalog's second-hottest read: TypeORM rebuilt the query and hydrated the rows on
 * every request and PostgreSQL parsed and planned its aliased text anew. A request's filter shape picks one
 * of a bounded set of texts (384 at most), each prepared once per connection; the values differ.
 */
function productPageStatement(shape: ProductListShape): PreparedStatement {
  return cached(`catalog_product_page_${shapeKey(shape)}`, () => {
    const { conditions, next } = whereOf(shape);
    const direction = shape.descending ? 'DESC' : 'ASC';
    if (shape.cursor) {
      const comparison = shape.descending ? '<' : '>';
      conditions.push(
        shape.keyIsId
          ? `p.id ${comparison} ${next()}`
          : `(p.name, p.id) ${comparison} (${next()}, ${next()})`,
      );
    }
    const order = shape.keyIsId ? `p.id ${direction}` : `p.name ${direction}, p.id ${direction}`;
    return `SELECT ${PRODUCT_COLUMNS} FROM product p${where(conditions)} ORDER BY ${order} LIMIT ${next()}`;
  });
}

/** `count=true`: the rows matching the filters, whatever the cursor. */
function productCountStatement(shape: ProductListShape): PreparedStatement {
  const filters = { ...shape, keyIsId: false, descending: false, cursor: false };
  return cached(`catalog_product_count_${shapeKey(filters)}`, () => {
    return `SELECT count(*)::int AS total FROM product p${where(whereOf(filters).conditions)}`;
  });
}

/** The values for a shape's placeholders: filters first, then the cursor's key and id, then the limit. */
function productListValues(values: ProductListValues, withCursor: boolean, limit?: number): unknown[] {
  const out: unknown[] = [];
  if (values.status !== undefined) out.push(values.status);
  if (values.brandId !== undefined) out.push(values.brandId);
  if (values.categoryId !== undefined) out.push(values.categoryId);
  if (values.match) out.push(values.match.kind === 'trigram' ? values.match.pattern : values.match.gram);
  if (withCursor && values.cursor) out.push(...values.cursor);
  if (limit !== undefined) out.push(limit);
  return out;
}

/** Runs a statement: prepared on the pool, or as text inside the caller's transaction. */
export type RunStatement = <T>(statement: PreparedStatement, values: unknown[]) => Promise<T[]>;

/**
 * One keyset page of products (sorted by name or id, either way; the cursor holds the last row's key and
 * id), with `total` when `count=true`: the list's rules as platform's `paginate` has them, on the shape's
 * prepared statements.
 */
export async function readProductPage(
  run: RunStatement,
  query: ListProductsQuery & { storefrontOnly: boolean },
): Promise<Page<Product>> {
  const sortName = query.sort ?? 'name';
  const keyIsId = sortName.replace(/^-/, '') === 'createdAt';
  const filters: ProductListValues = {
    status: query.status || undefined,
    brandId: query.brandId || undefined,
    categoryId: query.categoryId || undefined,
    match: query.q ? searchMatchFor(query.q) : undefined,
    cursor: query.cursor ? decodeCursor(query.cursor, sortName, keyIsId ? 1 : 2) : undefined,
  };
  const shape: ProductListShape = {
    storefrontOnly: query.storefrontOnly,
    status: filters.status !== undefined,
    brand: filters.brandId !== undefined,
    category: filters.categoryId !== undefined,
    match: filters.match?.kind,
    keyIsId,
    descending: sortName.startsWith('-'),
    cursor: filters.cursor !== undefined,
  };
  const total = query.count
    ? (await run<{ total: number }>(productCountStatement(shape), productListValues(filters, false)))[0].total
    : undefined;
  const rows = await run<Product>(
    productPageStatement(shape),
    productListValues(filters, true, query.limit + 1),
  );
  const hasMore = rows.length > query.limit;
  const data = hasMore ? rows.slice(0, query.limit) : rows;
  const last = data[data.length - 1];
  const nextCursor =
    hasMore && last ? encodeCursor(sortName, keyIsId ? [last.id] : [last.name, last.id]) : null;
  return total === undefined ? { data, nextCursor } : { data, nextCursor, total };
}

/** SKU counts and the range of current website prices of the active SKUs, for a page (one statement). */
export const PAGE_PRICES: PreparedStatement = {
  name: 'catalog_product_page_prices',
  text: `SELECT s.product_id, count(*)::int AS n,
                min(w.amount) FILTER (WHERE s.status = 'active') AS low,
                max(w.amount) FILTER (WHERE s.status = 'active') AS high
           FROM sku s
           LEFT JOIN LATERAL (
             SELECT amount FROM sku_price
              WHERE sku_id = s.id AND channel = 'website' AND status = 'active' AND effective_from <= now()
              ORDER BY effective_from DESC, id DESC LIMIT 1
           ) w ON true
          WHERE s.product_id = ANY($1)
          GROUP BY s.product_id`,
};

/** The main image of each product of a page. */
export const PAGE_MAIN_IMAGES: PreparedStatement = {
  name: 'catalog_product_page_images',
  text: `SELECT id, product_id AS "productId", storage_key AS "storageKey", content_type AS "contentType",
                width, height, bytes, variants, position, is_main AS "isMain", created_at AS "createdAt"
           FROM product_image WHERE product_id = ANY($1) AND is_main = true`,
};

/** The filters' conditions, and `next()` for the placeholders after theirs. */
function whereOf(shape: ProductListShape): { conditions: string[]; next: () => string } {
  const conditions: string[] = [];
  let placeholders = 0;
  const next = () => `$${++placeholders}`;
  if (shape.storefrontOnly) conditions.push(`p.status = 'listed'`);
  if (shape.status) conditions.push(`p.status = ${next()}`);
  if (shape.brand) conditions.push(`p.brand_id = ${next()}`);
  if (shape.category)
    conditions.push(`p.category_id IN (WITH RECURSIVE down AS (SELECT id FROM category WHERE id = ${next()}
           UNION ALL SELECT c.id FROM category c JOIN down ON c.parent_id = down.id) SELECT id FROM down)`);
  if (shape.match === 'trigram') conditions.push(`p.search_text LIKE ${next()} ESCAPE '\\'`);
  if (shape.match === 'gram') conditions.push(`p.search_grams @> ARRAY[${next()}]::text[]`);
  return { conditions, next };
}

function where(conditions: string[]): string {
  return conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
}

function shapeKey(shape: ProductListShape): string {
  return [
    shape.storefrontOnly ? 'w' : '',
    shape.status ? 's' : '',
    shape.brand ? 'b' : '',
    shape.category ? 'c' : '',
    shape.match === 'trigram' ? 't' : shape.match === 'gram' ? 'g' : '',
    shape.keyIsId ? 'i' : 'n',
    shape.descending ? 'd' : 'a',
    shape.cursor ? 'k' : '',
  ].join('');
}

const statements = new Map<string, PreparedStatement>();

function cached(name: string, text: () => string): PreparedStatement {
  let statement = statements.get(name);
  if (!statement) {
    statement = { name, text: text() };
    statements.set(name, statement);
  }
  return statement;
}
