import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { S3FileStorage } from './s3-file-storage';

// s3rver is a real S3 protocol server: this exercises the requests, paths, status codes and streaming a MinIO
// or AWS bucket would see. It checks the access key but not the V4 signature itself; aws-signature-v4.spec.ts
// proves the signature against the AWS documentation's worked examples.
describe('S3-compatible file storage', () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanggui-s3-'));
  const server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory,
    configureBuckets: [{ name: 'zhanggui-uploads', configs: [] }],
  });
  let endpoint: string;
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

  beforeAll(async () => {
    const address = (await server.run()) as AddressInfo;
    endpoint = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(directory, { recursive: true, force: true });
  });

  const storage = () =>
    new S3FileStorage({ endpoint, bucket: 'zhanggui-uploads', region: 'us-east-1', credentials });

  it('stores, reads back and deletes a file by key', async () => {
    const data = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 255]);
    await storage().put('product-images/abc/large.webp', data);
    const stored = await storage().read('product-images/abc/large.webp');
    expect(stored?.size).toBe(data.length);
    const chunks: Buffer[] = [];
    for await (const chunk of stored!.stream) chunks.push(Buffer.from(chunk as Uint8Array));
    expect(Buffer.concat(chunks)).toEqual(data);
    await storage().delete('product-images/abc/large.webp');
    expect(await storage().read('product-images/abc/large.webp')).toBeUndefined();
  });

  it('treats deleting a missing file as done, like the local folder', async () => {
    await expect(storage().delete('product-images/never/there.webp')).resolves.toBeUndefined();
  });

  it('fails loudly when the store refuses the credentials', async () => {
    const wrong = new S3FileStorage({
      endpoint,
      bucket: 'zhanggui-uploads',
      region: 'us-east-1',
      credentials: { accessKeyId: 'UNKNOWN-KEY', secretAccessKey: 'not-the-secret' },
    });
    await expect(wrong.put('product-images/x/y.webp', Buffer.from('x'))).rejects.toThrow(/403/);
  });

  it('refuses keys that could leave the bucket prefix', async () => {
    await expect(storage().put('../escape', Buffer.from('x'))).rejects.toThrow(/not safe/);
  });
});
