import type { Readable } from 'node:stream';

export interface StoredFile {
  stream: Readable;
  size: number;
}

/**
 * Where uploaded files live (product images, documents). Keys are ours, never a user's file name:
 * `[a-z0-9-/.]`, made by the caller from ids. The local folder is the default; an S3-compatible bucket can
 * implement the same three operations.
 */
export abstract class FileStorage {
  abstract put(key: string, data: Buffer): Promise<void>;
  abstract read(key: string): Promise<StoredFile | undefined>;
  abstract delete(key: string): Promise<void>;
}

export function assertStorageKey(key: string): void {
  if (!/^[a-z0-9][a-z0-9/._-]{0,199}$/.test(key) || key.includes('..') || key.includes('//')) {
    throw new Error(`Storage key ${JSON.stringify(key)} is not safe`);
  }
}
