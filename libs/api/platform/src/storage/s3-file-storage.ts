import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { AwsCredentials, sha256Hex, signRequest } from './aws-signature-v4';
import { assertStorageKey, FileStorage, StoredFile } from './file-storage';

export interface S3Location {
  /** The service's base URL, e.g. https://s3.cn-north-1.amazonaws.com.cn or http://minio.internal:9000. */
  endpoint: string;
  bucket: string;
  region: string;
  credentials: AwsCredentials;
}

/**
 * Files in a bucket of any S3-compatible store, addressed path-style (`<endpoint>/<bucket>/<key>`), which
 * every implementation understands. For replicas on several machines, where a shared folder is awkward.
 */
export class S3FileStorage extends FileStorage {
  constructor(private readonly location: S3Location) {
    super();
  }

  async put(key: string, data: Buffer): Promise<void> {
    const response = await this.send('PUT', key, data, { 'content-length': String(data.length) });
    await expectOk(response, 'PUT', key);
  }

  async read(key: string): Promise<StoredFile | undefined> {
    const response = await this.send('GET', key);
    if (response.status === 404) {
      await response.body?.cancel();
      return undefined;
    }
    await expectOk(response, 'GET', key, true);
    const size = Number(response.headers.get('content-length'));
    const stream = response.body
      ? Readable.fromWeb(response.body as unknown as WebReadableStream<Uint8Array>)
      : Readable.from([]);
    return { stream, size };
  }

  async delete(key: string): Promise<void> {
    // S3 answers 204 whether or not the object existed, like the local folder's delete.
    const response = await this.send('DELETE', key);
    await expectOk(response, 'DELETE', key);
  }

  private send(
    method: string,
    key: string,
    body?: Buffer,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    assertStorageKey(key);
    const base = this.location.endpoint.replace(/\/+$/, '');
    const url = new URL(`${base}/${this.location.bucket}/${key}`);
    const signed = signRequest({
      method,
      url,
      headers,
      payloadHash: sha256Hex(body ?? ''),
      region: this.location.region,
      service: 's3',
      credentials: this.location.credentials,
      now: new Date(),
    });
    // host is computed by fetch from the URL; sending it again is refused by undici.
    const { host: _host, ...toSend } = signed;
    return fetch(url, { method, headers: toSend, body: body ? new Uint8Array(body) : undefined });
  }
}

async function expectOk(response: Response, method: string, key: string, keepBody = false): Promise<void> {
  if (response.ok) {
    if (!keepBody) await response.body?.cancel();
    return;
  }
  const detail = (await response.text()).slice(0, 300);
  throw new Error(`S3 ${method} ${key} failed with ${response.status}: ${detail}`);
}
