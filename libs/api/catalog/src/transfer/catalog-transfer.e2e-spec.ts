import { parse } from 'csv-parse/sync';
import { expectProblem } from '@zhanggui/api-platform/testing';
import { CatalogWorld, createCatalogWorld } from '../testing/catalog-fixtures';
import { CATALOG_CSV_COLUMNS, CatalogCsvRecord } from './catalog-csv.columns';

describe('catalog CSV export and import', () => {
  let w: CatalogWorld;
  let caseProduct: { id: string; skus: Array<{ id: string; code: string }> };
  beforeAll(async () => {
    w = await createCatalogWorld();
    const accessories = (await pm().post('/api/v1/categories').send({ name: '手机配件' }).expect(201)).body;
    const cases = (
      await pm().post('/api/v1/categories').send({ name: '手机壳', parentId: accessories.id }).expect(201)
    ).body;
    const brand = (await pm().post('/api/v1/brands').send({ name: '绿联' }).expect(201)).body;
    caseProduct = (
      await pm()
        .post('/api/v1/products')
        .send({
          name: '苹果 iPhone 15 手机壳',
          categoryId: cases.id,
          brandId: brand.id,
          skus: [
            {
              code: 'IP15-BLK',
              name: '黑色',
              barcode: '6901234567890',
              weightGrams: 45,
              attributes: { 颜色: '黑色', 尺码: 'XL' },
            },
            { code: 'IP15-WHT' },
          ],
        })
        .expect(201)
    ).body;
    const [black, white] = caseProduct.skus;
    await pm().patch(`/api/v1/skus/${white.id}`).send({ status: 'discontinued' }).expect(200);
    await pm().put(`/api/v1/skus/${black.id}/cost`).send({ amount: 2000, reason: '期初成本' }).expect(200);
    await pm().post(`/api/v1/skus/${black.id}/prices`).send({ channel: 'website', amount: 3990 }).expect(201);
    await pm().post(`/api/v1/skus/${black.id}/prices`).send({ channel: 'offline', amount: 4590 }).expect(201);
    // A name a spreadsheet would run as a formula, were it not protected.
    await pm()
      .post('/api/v1/products')
      .send({ name: '=1+1 防摔膜', skus: [{ code: 'FILM-1' }] })
      .expect(201);
  });
  afterAll(() => w.t.close());

  const pm = () => w.t.http(w.people.productManager.auth);

  const exportCsv = () =>
    w.t
      .http(w.people.productManager.auth)
      .get('/api/v1/catalog/export')
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });

  const exportedRecords = async (): Promise<CatalogCsvRecord[]> =>
    parse((await exportCsv().expect(200)).body as Buffer, { bom: true, columns: true });

  const csvOf = (records: Array<Partial<CatalogCsvRecord>>) =>
    [CATALOG_CSV_COLUMNS, ...records.map((r) => CATALOG_CSV_COLUMNS.map((c) => r[c] ?? ''))]
      .map((cells) => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(','))
      .join('\r\n');

  const importCsv = (csv: string | Buffer, query = '?dryRun=false', auth = w.people.productManager.auth) =>
    w.t
      .http(auth)
      .post(`/api/v1/catalog/import${query}`)
      .attach('file', Buffer.isBuffer(csv) ? csv : Buffer.from(csv, 'utf8'), 'catalog.csv');

  /** Everything an import could write, counted. */
  const footprint = async () =>
    (
      await w.t.dataSource.query(`SELECT
        (SELECT count(*) FROM sku_price)::int AS prices,
        (SELECT count(*) FROM audit_event)::int AS audit,
        (SELECT count(*) FROM product)::int AS products,
        (SELECT count(*) FROM sku)::int AS skus,
        (SELECT sum(version) FROM product)::int AS "productVersions",
        (SELECT sum(version) FROM sku)::int AS "skuVersions"`)
    )[0];

  const record = async (code: string) => (await exportedRecords()).find((r) => r.sku_code === code)!;

  it('exports one row per SKU as UTF-8 CSV with a BOM, for Excel', async () => {
    const response = await exportCsv().expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="catalog-\d{8}\.csv"$/);
    const bytes = response.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.slice(1).split('\r\n')[0]).toBe(CATALOG_CSV_COLUMNS.join(','));

    const records = await exportedRecords();
    expect(records.find((r) => r.sku_code === 'IP15-BLK')).toEqual({
      product_id: caseProduct.id,
      product_name: '苹果 iPhone 15 手机壳',
      category_path: '手机配件 / 手机壳',
      brand: '绿联',
      product_status: 'draft',
      sku_code: 'IP15-BLK',
      sku_name: '黑色',
      barcode: '6901234567890',
      unit: '件',
      weight_grams: '45',
      attributes: expect.stringMatching(/^(颜色=黑色; 尺码=XL|尺码=XL; 颜色=黑色)$/),
      sku_status: 'active',
      price_website: '39.90',
      price_offline: '45.90',
      price_wholesale: '',
    });
    expect(records.find((r) => r.sku_code === 'IP15-WHT')).toMatchObject({
      sku_status: 'discontinued',
      price_website: '',
    });
    expect(records.find((r) => r.sku_code === 'FILM-1')!.product_name).toBe("'=1+1 防摔膜");
  });

  it('imports its own export as a no-op: everything unchanged, nothing written', async () => {
    const file = (await exportCsv().expect(200)).body as Buffer;
    const before = await footprint();
    const report = (await importCsv(file).expect(200)).body;
    expect(report).toEqual({
      dryRun: false,
      rows: before.skus,
      productsCreated: 0,
      productsUpdated: 0,
      skusCreated: 0,
      skusUpdated: 0,
      pricesChanged: 0,
      unchanged: before.skus,
      errors: [],
    });
    expect(await footprint()).toEqual(before);
  });

  it('reports every bad row of a dry run with its line and column, and writes nothing', async () => {
    const black = await record('IP15-BLK');
    const csv = csvOf([
      { product_name: '小米充电器', sku_code: 'MI-CHG-1', price_website: '59' },
      { product_name: '小米充电器', sku_code: 'MI-CHG-2', price_website: '39.999' },
      { product_name: '数据线', sku_code: 'CABLE-1', category_path: '家电 / 线材' },
      { product_name: '小米充电器', sku_code: 'MI-CHG-1' },
      { ...black, price_website: '19.00' },
      { product_name: '数据线', sku_code: 'CABLE-2', barcode: '123' },
      { product_name: '耳机', sku_code: 'EAR-1', brand: '不存在的牌子' },
    ]);
    const before = await footprint();
    const report = (await importCsv(csv, '').expect(200)).body; // dryRun is the default
    expect(report).toMatchObject({
      dryRun: true,
      rows: 7,
      productsCreated: 1,
      skusCreated: 1,
      pricesChanged: 1,
    });
    expect(report.errors.map((e: { line: number; column: string }) => [e.line, e.column])).toEqual([
      [3, 'price_website'],
      [4, 'category_path'],
      [5, 'sku_code'],
      [6, 'price_website'],
      [7, 'barcode'],
      [8, 'brand'],
    ]);
    expect(report.errors[3].message).toContain('general manager');
    expect(await footprint()).toEqual(before);
  });

  it('creates products, SKUs and prices, and updates existing ones', async () => {
    const black = await record('IP15-BLK');
    const csv = csvOf([
      { ...black, product_name: '苹果 iPhone 15 超薄手机壳', weight_grams: '50', price_website: '35.9' },
      {
        product_id: caseProduct.id,
        product_name: '苹果 iPhone 15 超薄手机壳',
        category_path: '手机配件 / 手机壳',
        brand: '绿联',
        sku_code: 'IP15-RED',
        attributes: '颜色=红色',
        price_website: '39.90',
      },
      {
        product_name: '小米充电器',
        category_path: '手机配件',
        brand: '绿联',
        sku_code: 'MI-CHG-1',
        price_website: '59.00',
        price_offline: '65',
      },
      {
        product_name: '小米充电器',
        category_path: '手机配件',
        brand: '绿联',
        sku_code: 'MI-CHG-2',
        attributes: '功率=67W',
        sku_status: 'discontinued',
      },
    ]);
    const before = await footprint();
    const report = (await importCsv(csv).expect(200)).body;
    expect(report).toEqual({
      dryRun: false,
      rows: 4,
      productsCreated: 1,
      productsUpdated: 1,
      skusCreated: 3,
      skusUpdated: 1,
      pricesChanged: 4,
      unchanged: 0,
      errors: [],
    });
    expect((await footprint()).prices).toBe(before.prices + 4);

    const product = (await pm().get(`/api/v1/products/${caseProduct.id}`).expect(200)).body;
    expect(product.name).toBe('苹果 iPhone 15 超薄手机壳');
    const skus = Object.fromEntries(product.skus.map((s: { code: string }) => [s.code, s]));
    expect(skus['IP15-BLK']).toMatchObject({ weightGrams: 50, prices: { website: { amount: 3590 } } });
    expect(skus['IP15-RED']).toMatchObject({
      attributes: { 颜色: '红色' },
      prices: { website: { amount: 3990 } },
    });
    const history = (await pm().get(`/api/v1/skus/${skus['IP15-BLK'].id}/prices?channel=website`).expect(200))
      .body;
    expect(history.data[0]).toMatchObject({ amount: 3590, reason: 'CSV 导入', status: 'active' });

    const charger = await record('MI-CHG-2');
    expect(charger).toMatchObject({ category_path: '手机配件', brand: '绿联', sku_status: 'discontinued' });
    expect((await record('MI-CHG-1')).product_id).toBe(charger.product_id);
    expect(await record('MI-CHG-1')).toMatchObject({ price_website: '59.00', price_offline: '65.00' });
  });

  it('applies all or nothing: one bad row and nothing changes (422)', async () => {
    const black = await record('IP15-BLK');
    const csv = csvOf([
      { ...black, price_website: '36.90' },
      { product_name: '蓝牙耳机', sku_code: 'BT-1', price_website: '1.234' },
    ]);
    const before = await footprint();
    const problem = expectProblem(await importCsv(csv), 422, 'IMPORT_HAS_ERRORS');
    expect(problem.errors).toEqual([
      { field: 'line 3: price_website', message: 'price_website must have at most two decimals (whole 分)' },
    ]);
    expect(await footprint()).toEqual(before);
    expect((await record('IP15-BLK')).price_website).toBe('35.90');
  });

  it('refuses a bad header, a file that is not multipart, and one over the upload limit', async () => {
    const report = (await importCsv('product_id,colour\r\n1,2\r\n', '?dryRun=true').expect(200)).body;
    expect(report.errors[0]).toEqual({
      line: 1,
      column: 'colour',
      message: expect.stringContaining('Unknown column'),
    });
    expectProblem(await pm().post('/api/v1/catalog/import').send({}), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expectProblem(
      await importCsv(Buffer.alloc(w.t.config.uploadLimitBytes + 1, 'a')),
      413,
      'PAYLOAD_TOO_LARGE',
    );
    expectProblem(await importCsv('x', '?dryRun=maybe'), 400, 'VALIDATION_FAILED');
  });

  it('is refused to people without catalog:import', async () => {
    expectProblem(await w.t.http(w.people.editor.auth).get('/api/v1/catalog/export'), 403, 'FORBIDDEN');
    expectProblem(await importCsv(csvOf([]), '?dryRun=true', w.people.editor.auth), 403, 'FORBIDDEN');
  });
});
