import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalFileStorage } from './local-file-storage';

describe('local file storage', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanggui-storage-'));
  const storage = new LocalFileStorage(root);
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('stores, reads back and deletes a file by key', async () => {
    await storage.put('product-images/abc/large.webp', Buffer.from('hello'));
    const stored = await storage.read('product-images/abc/large.webp');
    expect(stored?.size).toBe(5);
    const chunks: Buffer[] = [];
    for await (const chunk of stored!.stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('hello');
    await storage.delete('product-images/abc/large.webp');
    expect(await storage.read('product-images/abc/large.webp')).toBeUndefined();
  });

  it('refuses keys that could leave the folder', async () => {
    for (const key of ['../etc/passwd', '/abs', 'a/../../b', 'UPPER', 'a//b', '']) {
      await expect(storage.put(key, Buffer.from('x'))).rejects.toThrow(/not safe/);
    }
  });
});
