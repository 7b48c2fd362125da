import sharp from 'sharp';
import { expectProblem } from '@zhanggui/api-platform/testing';
import { CatalogWorld, createCatalogWorld, createProduct, pngImage } from '../testing/catalog-fixtures';

describe('product images', () => {
  let w: CatalogWorld;
  let productId: string;
  beforeAll(async () => {
    w = await createCatalogWorld();
    productId = (await createProduct(w, '无线鼠标')).id;
  });
  afterAll(() => w.t.close());

  const editor = () => w.t.http(w.people.editor.auth);
  const upload = (bytes: Buffer, name = 'photo.png') =>
    editor().post(`/api/v1/products/${productId}/images`).attach('file', bytes, name);

  it('stores an upload with resized WebP variants, served publicly with long cache headers', async () => {
    const image = (await upload(await pngImage(1800, 1200)).expect(201)).body;
    expect(image).toMatchObject({ position: 1, isMain: true, width: 1800, height: 1200 });
    const thumb = await w.t.http().get(image.urls.thumb).buffer(true).expect(200);
    expect(thumb.headers['content-type']).toBe('image/webp');
    expect(thumb.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(await sharp(thumb.body).metadata()).toMatchObject({ format: 'webp', width: 200, height: 133 });
    const original = await w.t.http().get(image.urls.original).buffer(true).expect(200);
    expect(original.headers['content-type']).toBe('image/png');
  });

  it('judges files by their bytes: a renamed text file is refused', async () => {
    const problem = expectProblem(
      await upload(Buffer.from('GIF89a? no, just text'), 'cat.jpg'),
      400,
      'IMAGE_REFUSED',
    );
    expect(problem.errors).toEqual([{ field: 'file', message: expect.stringContaining('not an image') }]);
  });

  it('refuses files over the size limit, and requests without a file', async () => {
    const big = await sharp({
      create: {
        width: 3000,
        height: 3000,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 60 },
      },
    })
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(big.length).toBeGreaterThan(w.t.config.uploadLimitBytes);
    expectProblem(await upload(big), 413, 'PAYLOAD_TOO_LARGE');
    expectProblem(
      await editor().post(`/api/v1/products/${productId}/images`).send({}),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });

  it('orders the images, changes the main one and removes one, keeping the order whole', async () => {
    const second = (await upload(await pngImage(400, 400)).expect(201)).body;
    const third = (await upload(await pngImage(300, 300)).expect(201)).body;
    const before = (
      await w.t.http(w.people.productManager.auth).get(`/api/v1/products/${productId}`).expect(200)
    ).body.images;
    const order = [third.id, before[0].id, second.id];
    const reordered = (
      await editor().put(`/api/v1/products/${productId}/images/order`).send({ imageIds: order }).expect(200)
    ).body;
    expect(reordered.map((i: { id: string }) => i.id)).toEqual(order);
    expectProblem(
      await editor()
        .put(`/api/v1/products/${productId}/images/order`)
        .send({ imageIds: [third.id] }),
      400,
      'IMAGE_ORDER_INVALID',
    );

    const mains = (await editor().post(`/api/v1/product-images/${second.id}/main`).expect(200)).body;
    expect(mains.filter((i: { isMain: boolean }) => i.isMain).map((i: { id: string }) => i.id)).toEqual([
      second.id,
    ]);
    await editor().delete(`/api/v1/product-images/${second.id}`).expect(204);
    const after = (
      await w.t.http(w.people.productManager.auth).get(`/api/v1/products/${productId}`).expect(200)
    ).body.images;
    expect(after.map((i: { position: number }) => i.position)).toEqual([1, 2]);
    expect(after.filter((i: { isMain: boolean }) => i.isMain)).toHaveLength(1);
    await w.t.http().get(second.urls.thumb).expect(404);
  });

  it('needs product-content:write to upload', async () => {
    expectProblem(
      await w.t
        .http(w.people.cityManager.auth)
        .post(`/api/v1/products/${productId}/images`)
        .attach('file', await pngImage(), 'p.png'),
      403,
      'FORBIDDEN',
    );
  });
});
