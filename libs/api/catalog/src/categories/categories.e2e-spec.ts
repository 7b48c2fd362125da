import { expectProblem } from '@zhanggui/api-platform/testing';
import { CatalogWorld, createCatalogWorld } from '../testing/catalog-fixtures';

describe('categories and brands', () => {
  let w: CatalogWorld;
  beforeAll(async () => {
    w = await createCatalogWorld();
  });
  afterAll(() => w.t.close());

  const pm = () => w.t.http(w.people.productManager.auth);

  it('builds a tree, keeps sibling names unique and refuses cycles', async () => {
    const accessories = (await pm().post('/api/v1/categories').send({ name: '手机配件' }).expect(201)).body;
    const cases = (
      await pm().post('/api/v1/categories').send({ name: '手机壳', parentId: accessories.id }).expect(201)
    ).body;
    expectProblem(
      await pm().post('/api/v1/categories').send({ name: '手机壳 ', parentId: accessories.id }),
      409,
      'CATEGORY_NAME_TAKEN',
    );
    await pm().post('/api/v1/categories').send({ name: '手机壳' }).expect(201); // same name, other parent
    expectProblem(
      await pm().patch(`/api/v1/categories/${accessories.id}`).send({ parentId: cases.id }),
      422,
      'CATEGORY_PARENT_INVALID',
    );
    const moved = await pm()
      .patch(`/api/v1/categories/${cases.id}`)
      .set('If-Match', '"1"')
      .send({ sortOrder: 5 })
      .expect(200);
    expect(moved.body).toMatchObject({ sortOrder: 5, version: 2 });
    const listed = (await w.t.http(w.people.cityManager.auth).get('/api/v1/categories?q=手机').expect(200))
      .body.data;
    expect(listed.map((c: { name: string }) => c.name)).toEqual(
      expect.arrayContaining(['手机配件', '手机壳']),
    );
  });

  it('keeps brand names unique, whatever the case', async () => {
    await pm().post('/api/v1/brands').send({ name: 'Ugreen' }).expect(201);
    expectProblem(await pm().post('/api/v1/brands').send({ name: 'UGREEN' }), 409, 'BRAND_NAME_TAKEN');
  });

  it('is changed by the product manager only, and read by the website key', async () => {
    expectProblem(
      await w.t.http(w.people.editor.auth).post('/api/v1/brands').send({ name: 'x' }),
      403,
      'FORBIDDEN',
    );
    expectProblem(await w.t.http(w.people.hr.auth).get('/api/v1/categories'), 403, 'FORBIDDEN');
    await w.t.http(w.website).get('/api/v1/brands').expect(200);
  });
});
