import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { CatalogWorld, createCatalogWorld, createProduct, pngImage } from '../testing/catalog-fixtures';

/** Files under a directory, recursively: where s3rver keeps a bucket's objects. */
function filesUnder(directory: string): string[] {
  return fs
    .readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

// The same upload path as images.e2e-spec.ts, with S3_BUCKET set: replicas on several machines share a bucket.
describe('product images in an S3-compatible bucket', () => {
  const bucketDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanggui-bucket-'));
  const server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: bucketDirectory,
    configureBuckets: [{ name: 'zhanggui-uploads', configs: [] }],
  });
  let w: CatalogWorld;
  const objectsOf = (productId: string) =>
    filesUnder(bucketDirectory).filter((file) => file.includes(productId) && file.endsWith('_S3rver_object'));

  beforeAll(async () => {
    const address = (await server.run()) as AddressInfo;
    w = await createCatalogWorld({
      s3: {
        endpoint: `http://127.0.0.1:${address.port}`,
        bucket: 'zhanggui-uploads',
        region: 'us-east-1',
        credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      },
    });
  });
  afterAll(async () => {
    await w.t.close();
    await server.close();
    fs.rmSync(bucketDirectory, { recursive: true, force: true });
  });

  it('stores the upload and its variants in the bucket, serves them, and removes them with the image', async () => {
    const product = await createProduct(w, '蓝牙耳机');
    const image = (
      await w.t
        .http(w.people.editor.auth)
        .post(`/api/v1/products/${product.id}/images`)
        .attach('file', await pngImage(800, 600), 'photo.png')
        .expect(201)
    ).body;

    expect(filesUnder(w.t.config.uploadsDir)).toEqual([]);
    expect(
      objectsOf(product.id)
        .map((file) => path.basename(file))
        .sort(),
    ).toEqual([
      'large.webp._S3rver_object',
      'medium.webp._S3rver_object',
      'original.png._S3rver_object',
      'thumb.webp._S3rver_object',
    ]);

    const thumb = await w.t.http().get(image.urls.thumb).buffer(true).expect(200);
    expect(thumb.headers['content-type']).toBe('image/webp');
    expect(thumb.body.length).toBeGreaterThan(0);

    await w.t.http(w.people.editor.auth).delete(`/api/v1/product-images/${image.id}`).expect(204);
    expect(objectsOf(product.id)).toEqual([]);
    await w.t.http().get(image.urls.thumb).expect(404);
  });
});
