import { preparedQuery, PreparedStatement } from '@zhanggui/api-platform';
import type { DataSource } from 'typeorm';
import type { ProductImage } from '../images/product-image.entity';
import type { ProductContent } from './product-content.entity';
import type { Product } from './product.entity';
import type { Sku } from './sku.entity';

/**
 * Product by id is the hottest read of the catalog: TypeORM built and hydrated its four queries anew on every
 * request (a quarter of its CPU) and PostgreSQL parsed and planned them anew. These are the same statements,
 * prepared, their columns named as the entities' properties, so the rows are the entities' shape.
 */
const PRODUCT: PreparedStatement = {
  name: 'catalog_product_by_id',
  text: `SELECT id, created_at AS "createdAt", updated_at AS "updatedAt", version, name,
                category_id AS "categoryId", brand_id AS "brandId", status, listed_at AS "listedAt"
           FROM product WHERE id = $1`,
};

const SKUS: PreparedStatement = {
  name: 'catalog_product_skus',
  text: `SELECT id, created_at AS "createdAt", updated_at AS "updatedAt", version, product_id AS "productId",
                code, name, attributes, barcode, unit, weight_grams AS "weightGrams", status
           FROM sku WHERE product_id = $1 ORDER BY code`,
};

const CONTENT: PreparedStatement = {
  name: 'catalog_product_content',
  text: `SELECT product_id AS "productId", locale, title, selling_points AS "sellingPoints",
                description_html AS "descriptionHtml", updated_at AS "updatedAt"
           FROM product_content WHERE product_id = $1 ORDER BY locale`,
};

const IMAGES: PreparedStatement = {
  name: 'catalog_product_images',
  text: `SELECT id, product_id AS "productId", storage_key AS "storageKey", content_type AS "contentType",
                width, height, bytes, variants, position, is_main AS "isMain", created_at AS "createdAt"
           FROM product_image WHERE product_id = $1 ORDER BY position`,
};

/** The product, or undefined; then its SKUs, copy and images. Outside a transaction only (runs on the pool). */
export async function readProductDetail(dataSource: DataSource, id: string) {
  const [product] = await preparedQuery<Product>(dataSource, PRODUCT, [id]);
  if (!product) return undefined;
  return {
    product,
    skus: await preparedQuery<Sku>(dataSource, SKUS, [id]),
    content: await preparedQuery<ProductContent>(dataSource, CONTENT, [id]),
    images: await preparedQuery<ProductImage>(dataSource, IMAGES, [id]),
  };
}
