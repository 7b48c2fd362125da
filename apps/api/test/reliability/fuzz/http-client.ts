import type { TestApp } from '@zhanggui/api-platform/testing';
import { Reply } from './response-checks';

export interface RawRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  /** Sent byte for byte (already JSON text, or deliberately not JSON). */
  payload?: string;
}

/**
 * A client over a real socket with keep-alive (Node's fetch): supertest opens a listener per request, which a
 * run of thousands of requests cannot afford.
 */
export async function httpClient(t: TestApp) {
  await t.app.listen(0, '127.0.0.1');
  const base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
  return async function send(request: RawRequest): Promise<Reply> {
    const headers = { ...request.headers };
    if (request.payload !== undefined) headers['content-type'] ??= 'application/json';
    const response = await fetch(base + request.url, {
      method: request.method.toUpperCase(),
      headers,
      body: request.payload,
    });
    const contentType = response.headers.get('content-type') ?? '';
    const text = await response.text();
    const body: unknown = /json/.test(contentType) && text.length > 0 ? JSON.parse(text) : text;
    return { status: response.status, contentType, body };
  };
}

export type HttpClient = Awaited<ReturnType<typeof httpClient>>;
