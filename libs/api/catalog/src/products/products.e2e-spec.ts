import { countQueries, expectProblem } from '@zhanggui/api-platform/testing';
import { CatalogWorld, createCatalogWorld, createProduct, pngImage } from '../testing/catalog-fixtures';

describe('products', () => {
  let w: CatalogWorld;
  beforeAll(async () => {
    w = await createCatalogWorld();
  });
  afterAll(() => w.t.close());

  const pm = () => w.t.http(w.people.productManager.auth);

  describe('creating', () => {
    it('accepts the minimal contract: a name and SKU codes', async () => {
      const response = await pm()
        .post('/api/v1/products')
        .send({
          name: '苹果 iPhone 15 超薄手机壳',
          skus: [
            { code: 'IP15-CASE-BLK', attributes: { 颜色: '黑色' }, barcode: '6901234567890' },
            { code: 'IP15-CASE-WHT' },
          ],
        })
        .expect(201);
      expect(response.headers.location).toBe(`/api/v1/products/${response.body.id}`);
      expect(response.body).toMatchObject({
        name: '苹果 iPhone 15 超薄手机壳',
        status: 'draft',
        skus: [
          {
            code: 'IP15-CASE-BLK',
            attributes: { 颜色: '黑色' },
            barcode: '6901234567890',
            unit: '件',
            status: 'active',
            prices: {},
          },
          { code: 'IP15-CASE-WHT', attributes: {}, barcode: null },
        ],
        content: [],
        images: [],
      });
    });

    it('keeps SKU codes and barcodes unique, within a request and across products', async () => {
      expectProblem(
        await pm()
          .post('/api/v1/products')
          .send({ name: 'x', skus: [{ code: 'IP15-CASE-BLK' }] }),
        409,
        'SKU_CODE_TAKEN',
      );
      expectProblem(
        await pm()
          .post('/api/v1/products')
          .send({ name: 'x', skus: [{ code: 'DUP-1' }, { code: 'DUP-1' }] }),
        409,
        'SKU_CODE_TAKEN',
      );
      expectProblem(
        await pm()
          .post('/api/v1/products')
          .send({ name: 'x', skus: [{ code: 'NEW-1', barcode: '6901234567890' }] }),
        409,
        'BARCODE_TAKEN',
      );
    });

    it('names every invalid field and refuses unknown references', async () => {
      const problem = expectProblem(
        await pm()
          .post('/api/v1/products')
          .send({ name: '', skus: [{ code: 'bad code!', barcode: '12', attributes: { 颜色: 5 } }] }),
        400,
        'VALIDATION_FAILED',
      );
      expect([...new Set(problem.errors!.map((e) => e.field))].sort()).toEqual([
        'name',
        'skus.0.attributes',
        'skus.0.barcode',
        'skus.0.code',
      ]);
      expectProblem(
        await pm().post('/api/v1/products').send({ name: 'x', skus: [] }),
        400,
        'VALIDATION_FAILED',
      );
      expectProblem(
        await pm()
          .post('/api/v1/products')
          .send({ name: 'x', categoryId: '01a21f21-0000-7000-8000-000000000000', skus: [{ code: 'REF-1' }] }),
        400,
        'UNKNOWN_REFERENCE',
      );
    });

    it('is refused to people without catalog:write', async () => {
      expectProblem(
        await w.t
          .http(w.people.editor.auth)
          .post('/api/v1/products')
          .send({ name: 'x', skus: [{ code: 'E-1' }] }),
        403,
        'FORBIDDEN',
      );
      expectProblem(await w.t.http(w.people.hr.auth).get('/api/v1/products'), 403, 'FORBIDDEN');
    });
  });

  describe('searching', () => {
    let ids: Record<string, string>;
    beforeAll(async () => {
      ids = {
        case: (await createProduct(w, '苹果手机壳')).id,
        charger: (await createProduct(w, '小米快速充电器')).id,
        cable: (await createProduct(w, '绿联 USB-C 数据线', 1, {})).id,
      };
    });

    const found = async (q: string) =>
      (
        (
          await pm()
            .get(`/api/v1/products?limit=200&q=${encodeURIComponent(q)}`)
            .expect(200)
        ).body.data as Array<{ id: string }>
      ).map((p) => p.id);

    it.each([
      ['手机壳', 'case'],
      ['手机', 'case'],
      ['壳', 'case'],
      ['sjk', 'case'],
      ['shoujike', 'case'],
      ['充电', 'charger'],
      ['kscdq', 'charger'],
      ['usb-c', 'cable'],
    ])('finds %s', async (query, which) => {
      expect(await found(query)).toContain(ids[which]);
    });

    it('finds by SKU code and barcode, and not what does not match', async () => {
      const product = await createProduct(w, '防摔钢化膜');
      const sku = product.skus[0];
      await pm().patch(`/api/v1/skus/${sku.id}`).send({ barcode: '6923450656181' }).expect(200);
      expect(await found(sku.code.toLowerCase())).toEqual([product.id]);
      expect(await found('6923450656181')).toEqual([product.id]);
      expect(await found('手机壳')).not.toContain(ids.charger);
      expect(await found('%')).toEqual([]);
    });

    it('uses an index for short and long queries alike', async () => {
      // Enough rows that a sequential scan is plainly worse, then ask the planner.
      await w.t.dataSource.query(`
        INSERT INTO product (name, search_text, search_grams)
        SELECT '商品' || i, '商品' || i || ' shangpin', ARRAY['商', '品', '商品', i::text]
          FROM generate_series(1, 20000) AS i`);
      await w.t.dataSource.query('VACUUM ANALYZE product'); // also merges GIN's pending list, as autovacuum would
      const plan = async (where: string, value: string) =>
        JSON.stringify(
          await w.t.dataSource.query(
            `EXPLAIN SELECT id FROM product WHERE ${where}`.replace('$1', `'${value}'`),
          ),
        );
      expect(await plan(`search_grams @> ARRAY[$1]::text[]`, '手机')).toContain('product_search_grams_idx');
      expect(await plan(`search_text LIKE $1`, '%手机壳%')).toContain('product_search_trgm_idx');
    });
  });

  describe('pages of the list (prepared statements per filter shape)', () => {
    let brandId: string;
    let parentId: string;
    let made: Array<{ id: string; name: string }>;
    beforeAll(async () => {
      brandId = (
        await pm()
          .post('/api/v1/brands')
          .send({ name: `分页品牌${process.pid}` })
          .expect(201)
      ).body.id;
      parentId = (
        await pm()
          .post('/api/v1/categories')
          .send({ name: `分页大类${process.pid}` })
          .expect(201)
      ).body.id;
      const childId = (await pm().post('/api/v1/categories').send({ name: '分页小类', parentId }).expect(201))
        .body.id;
      made = [];
      for (const [name, categoryId] of [
        ['分页 蓝牙键盘 E', childId],
        ['分页 蓝牙鼠标 B', parentId],
        ['分页 充电器 D', null],
        ['分页 蓝牙音箱 A', childId],
        ['分页 数据线 C', null],
      ] as const)
        made.push({ name, id: (await createProduct(w, name, 1, { brandId, categoryId })).id });
    });

    const pageOf = async (query: string) => (await pm().get(`/api/v1/products?${query}`).expect(200)).body;
    const walk = async (query: string) => {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await pageOf(`${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.data.length).toBeLessThanOrEqual(2);
        expect(page.total).toEqual(query.includes('count=true') ? expect.any(Number) : undefined);
        ids.push(...page.data.map((p: { id: string }) => p.id));
        cursor = page.nextCursor;
      } while (cursor);
      return ids;
    };
    const byName = () => [...made].sort((a, b) => (a.name < b.name ? -1 : 1)).map((p) => p.id);

    it('walks every sort with a keyset cursor, each row once, in order', async () => {
      expect(await walk(`brandId=${brandId}`)).toEqual(byName());
      expect(await walk(`brandId=${brandId}&sort=-name`)).toEqual(byName().reverse());
      expect(await walk(`brandId=${brandId}&sort=createdAt`)).toEqual(made.map((p) => p.id));
      expect(await walk(`brandId=${brandId}&sort=-createdAt`)).toEqual(made.map((p) => p.id).reverse());
    });

    it('filters by category (with the ones under it), status, brand and search, and counts on request', async () => {
      expect((await walk(`categoryId=${parentId}`)).sort()).toEqual(
        [made[0].id, made[1].id, made[3].id].sort(),
      );
      expect(await walk(`brandId=${brandId}&status=draft&q=${encodeURIComponent('蓝牙')}`)).toEqual(
        byName().filter((id) => made.find((p) => p.id === id)!.name.includes('蓝牙')),
      );
      expect(await walk(`brandId=${brandId}&q=${encodeURIComponent('分页 蓝牙音')}`)).toEqual([made[3].id]);
      expect(await walk(`brandId=${brandId}&status=listed`)).toEqual([]);
      const counted = await pageOf(`brandId=${brandId}&count=true&limit=2`);
      expect(counted.total).toBe(5);
      expect((await pageOf(`brandId=${brandId}&count=true&limit=2&cursor=${counted.nextCursor}`)).total).toBe(
        5,
      );
      expect(await walk(`brandId=${brandId}&count=true&sort=-createdAt`)).toHaveLength(5);
    });

    it('refuses a cursor it did not issue, or one made for another sort, naming the field', async () => {
      const cursor = (await pageOf(`brandId=${brandId}&limit=1`)).nextCursor;
      const mixed = expectProblem(
        await pm().get(`/api/v1/products?brandId=${brandId}&sort=-createdAt&cursor=${cursor}`),
        400,
        'INVALID_CURSOR',
      );
      expect(mixed.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
      expectProblem(await pm().get('/api/v1/products?cursor=garbage'), 400, 'INVALID_CURSOR');
      expectProblem(await pm().get('/api/v1/products?sort=price'), 400, 'VALIDATION_FAILED');
    });

    it('costs the same statements for a page of 1 as of 5', async () => {
      const query = (limit: number) => (http: typeof w.t.http) =>
        http(w.people.productManager.auth)
          .get(`/api/v1/products?brandId=${brandId}&limit=${limit}`)
          .expect(200);
      const one = await countQueries(w.t, query(1));
      const five = await countQueries(w.t, query(5));
      expect(five.result.body.data).toHaveLength(5);
      expect(five.count).toBe(one.count);
    });
  });

  describe('copy in two languages', () => {
    it('stores sanitised descriptions per locale', async () => {
      const product = await createProduct(w, '蓝牙耳机');
      const response = await w.t
        .http(w.people.editor.auth)
        .put(`/api/v1/products/${product.id}/content/zh-CN`)
        .send({
          title: '降噪蓝牙耳机',
          sellingPoints: ['主动降噪', ' 30小时续航 '],
          descriptionHtml: '<p onclick="x()">好听<script>alert(1)</script></p>',
        })
        .expect(200);
      expect(response.body.content).toEqual([
        expect.objectContaining({
          locale: 'zh-CN',
          title: '降噪蓝牙耳机',
          sellingPoints: ['主动降噪', '30小时续航'],
          descriptionHtml: '<p>好听</p>',
        }),
      ]);
      await w.t
        .http(w.people.editor.auth)
        .put(`/api/v1/products/${product.id}/content/en`)
        .send({ title: 'Noise-cancelling earbuds' })
        .expect(200);
      expectProblem(
        await w.t
          .http(w.people.editor.auth)
          .put(`/api/v1/products/${product.id}/content/fr`)
          .send({ title: 'x' }),
        400,
        'VALIDATION_FAILED',
      );
    });
  });

  describe('listing (上架) and the website', () => {
    it('lists only with an image, a website price and an acceptable margin; the website sees listed products only', async () => {
      const product = await createProduct(w, '车载手机支架');
      const sku = product.skus[0];
      expectProblem(
        await pm().post(`/api/v1/products/${product.id}/list`).send({}),
        422,
        'LISTING_NOT_ALLOWED',
      );
      await pm().post(`/api/v1/products/${product.id}/submit-for-review`).send({}).expect(200);

      const blocked = expectProblem(
        await pm().post(`/api/v1/products/${product.id}/list`).send({}),
        422,
        'LISTING_NOT_ALLOWED',
      );
      expect(blocked.detail).toContain('it has no image');
      expect(blocked.detail).toContain(`no website price for ${sku.code}`);
      expect(
        (await pm().get(`/api/v1/products/${product.id}/listing-readiness`).expect(200)).body.ready,
      ).toBe(false);

      await w.t
        .http(w.people.editor.auth)
        .post(`/api/v1/products/${product.id}/images`)
        .attach('file', await pngImage(), 'photo.png')
        .expect(201);
      await pm().put(`/api/v1/skus/${sku.id}/cost`).send({ amount: 2000, reason: '期初成本' }).expect(200);
      await pm().post(`/api/v1/skus/${sku.id}/prices`).send({ channel: 'website', amount: 3990 }).expect(201);
      await pm().post(`/api/v1/skus/${sku.id}/prices`).send({ channel: 'offline', amount: 4590 }).expect(201);

      await w.t.http(w.website).get(`/api/v1/products/${product.id}`).expect(404); // not listed yet
      const listed = (
        await pm().post(`/api/v1/products/${product.id}/list`).send({ comment: '图文齐全' }).expect(200)
      ).body;
      expect(listed).toMatchObject({ status: 'listed', listedAt: expect.any(String) });

      const seen = (await w.t.http(w.website).get(`/api/v1/products/${product.id}`).expect(200)).body;
      expect(seen.skus[0].prices).toEqual({
        website: expect.objectContaining({ amount: 3990, currency: 'CNY' }),
      }); // not the shop price
      const catalog = (await w.t.http(w.website).get('/api/v1/products?limit=200').expect(200)).body.data;
      expect(catalog.map((p: { status: string }) => p.status)).toEqual(catalog.map(() => 'listed'));
      expect(catalog.map((p: { id: string }) => p.id)).toContain(product.id);

      await pm().post(`/api/v1/products/${product.id}/delist`).send({}).expect(200);
      await w.t.http(w.website).get(`/api/v1/products/${product.id}`).expect(404);
      expectProblem(
        await w.t
          .http(w.website)
          .post('/api/v1/products')
          .send({ name: 'x', skus: [{ code: 'W-1' }] }),
        403,
        'FORBIDDEN',
      );
    });

    it('is reviewed by the product manager only', async () => {
      const product = await createProduct(w, '手机壳挂绳');
      await w.t
        .http(w.people.editor.auth)
        .post(`/api/v1/products/${product.id}/submit-for-review`)
        .send({})
        .expect(200);
      expectProblem(
        await w.t.http(w.people.editor.auth).post(`/api/v1/products/${product.id}/list`).send({}),
        403,
        'FORBIDDEN',
      );
      const back = (
        await pm().post(`/api/v1/products/${product.id}/reject`).send({ comment: '缺少英文文案' }).expect(200)
      ).body;
      expect(back.status).toBe('draft');
    });
  });

  describe('updating', () => {
    it('honours If-Match and discontinues SKUs', async () => {
      const product = await createProduct(w, '移动电源', 2);
      await pm()
        .patch(`/api/v1/products/${product.id}`)
        .set('If-Match', `"${product.version}"`)
        .send({ name: '20000mAh 移动电源' })
        .expect(200);
      expectProblem(
        await pm()
          .patch(`/api/v1/products/${product.id}`)
          .set('If-Match', `"${product.version}"`)
          .send({ name: 'x' }),
        412,
        'STALE_VERSION',
      );
      const sku = (
        await pm().patch(`/api/v1/skus/${product.skus[1].id}`).send({ status: 'discontinued' }).expect(200)
      ).body;
      expect(sku.status).toBe('discontinued');
    });
  });
});
