// Categories (12 top-level, 6 each below), brands, listed products with 1–4 SKUs each, prices on the website and
// offline channels and a current cost, all searchable exactly as the catalog stores it (searchTermsOf).
import { TableSpool } from '../copy.mjs';
import { ADJECTIVES, BRAND_SUFFIXES, BRAND_SYLLABLES, CATEGORIES, VARIANTS } from '../vocabulary.mjs';

export const catalogStage = {
  name: 'catalog',
  describe: (sizes) => `${sizes.skus.toLocaleString('en')} SKUs, ${sizes.brands} brands, prices and costs`,
  async run({ client, random, sizes, state, progress, built, now }) {
    const { searchTermsOf } = built('libs/api/platform/src/search/text-search.js');
    const at = new Date(now - 400 * 86_400_000);
    const ms = at.getTime();
    const categories = new TableSpool('category', [
      'id',
      'name',
      'parent_id',
      'sort_order',
      'created_at',
      'updated_at',
    ]);
    const leaves = [];
    Object.entries(CATEGORIES).forEach(([top, children], i) => {
      const topId = random.uuidv7(ms);
      categories.add([topId, `${top}（压测）`, null, 100 + i, at, at]);
      children.forEach((leaf, j) => {
        const id = random.uuidv7(ms);
        categories.add([id, leaf, topId, j, at, at]);
        leaves.push({ id, noun: leaf });
      });
    });
    const brands = new TableSpool('brand', ['id', 'name', 'created_at', 'updated_at']);
    const brandList = [];
    const brandNames = new Set();
    while (brandList.length < sizes.brands) {
      const name = `${random.pick(BRAND_SYLLABLES)}${random.pick(BRAND_SYLLABLES)}${random.pick(BRAND_SUFFIXES)}${brandNames.size >= 400 ? brandList.length : ''}`;
      if (brandNames.has(name)) continue;
      brandNames.add(name);
      const id = random.uuidv7(ms);
      brands.add([id, name, at, at]);
      brandList.push({ id, name });
    }

    const products = new TableSpool('product', [
      'id',
      'name',
      'category_id',
      'brand_id',
      'status',
      'listed_at',
      'search_text',
      'search_grams',
      'version',
      'created_at',
      'updated_at',
    ]);
    const skus = new TableSpool('sku', [
      'id',
      'product_id',
      'code',
      'name',
      'attributes',
      'barcode',
      'weight_grams',
      'created_at',
      'updated_at',
    ]);
    const prices = new TableSpool('sku_price', [
      'sku_id',
      'channel',
      'amount',
      'effective_from',
      'status',
      'reason',
      'created_at',
    ]);
    const costs = new TableSpool('sku_cost', ['sku_id', 'amount', 'quantity_basis', 'updated_at']);
    // What later stages need: SKU ids, codes, product names and website prices, in generation order.
    const skuIds = [];
    const skuCodes = [];
    const skuProductNames = [];
    const skuPrices = new Int32Array(sizes.skus);
    progress.start('catalog', sizes.skus, 'SKUs');
    let productNo = 0;
    while (skuIds.length < sizes.skus) {
      productNo++;
      const leaf = random.pick(leaves);
      const brand = random.pick(brandList);
      const name = `${brand.name} ${random.pick(ADJECTIVES)}${leaf.noun} ${String.fromCharCode(65 + random.int(0, 25))}${random.int(1, 99)}`;
      const productId = random.uuidv7(ms);
      const [attribute, values] = random.pick(VARIANTS);
      const count = Math.min(sizes.skus - skuIds.length, random.int(1, 4));
      const base = random.int(9, 1999) * 100 - 10; // ¥8.90 … ¥1998.90, in fen
      const extra = [];
      for (let v = 0; v < count; v++) {
        const id = random.uuidv7(ms);
        const code = `BX-${String(productNo).padStart(6, '0')}-${v + 1}`;
        const variant = values[v % values.length];
        const price = base + v * 1000;
        skus.add([
          id,
          productId,
          code,
          variant,
          { [attribute]: variant },
          `69${String(1e10 + skuIds.length).slice(1)}`,
          random.int(50, 5000),
          at,
          at,
        ]);
        prices.add([id, 'website', price, at, 'active', '压测数据', at]);
        prices.add([id, 'offline', price + 500, at, 'active', '压测数据', at]);
        costs.add([id, Math.round(price * (0.45 + random.random() * 0.25)), 1000, at]);
        skuIds.push(id);
        skuCodes.push(code);
        skuProductNames.push(name);
        skuPrices[skuIds.length - 1] = price;
        extra.push(code, variant);
      }
      const { text, grams } = searchTermsOf(name, extra);
      products.add([productId, name, leaf.id, brand.id, 'listed', at, text, grams, 4, at, at]);
      progress.set(skuIds.length);
    }
    progress.finish(`${productNo.toLocaleString('en')} products generated`);
    await loadAll(client, progress, 'catalog (load)', [categories, brands, products, skus, prices, costs]);
    Object.assign(state, { skuIds, skuCodes, skuProductNames, skuPrices });
  },
};

/** Loads spools in order, in the caller's transaction, with one progress bar over all their rows. */
export async function loadAll(client, progress, name, spools) {
  progress.start(
    name,
    spools.reduce((sum, s) => sum + s.rows, 0),
    'rows',
  );
  let done = 0;
  for (const spool of spools) {
    const before = done;
    await spool.load(client, (n) => progress.set((done += n)));
    done = before + spool.rows;
    progress.set(done);
  }
  progress.finish(spools.map((s) => `${s.table} ${s.rows.toLocaleString('en')}`).join(', '));
}
