import http from 'node:http';
import https from 'node:https';
import { safeLookup } from './webhook-target';

export interface PostOutcome {
  statusCode?: number;
  error?: string;
  durationMs: number;
}

const TIMEOUT_MS = 10_000;
const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * POSTs one delivery with Node's own HTTP client, whose DNS lookup refuses private addresses (see
 * safeLookup): the address checked is the address connected to. No redirects are followed.
 */
export function postWebhook(
  url: URL,
  body: string,
  headers: Record<string, string>,
  allowedHosts: readonly string[],
): Promise<PostOutcome> {
  const started = Date.now();
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': Buffer.byteLength(body) },
        lookup: safeLookup(allowedHosts),
        timeout: TIMEOUT_MS,
      },
      (response) => {
        let received = 0;
        response.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > MAX_RESPONSE_BYTES) response.destroy();
        });
        response.on('close', () =>
          resolve({ statusCode: response.statusCode, durationMs: Date.now() - started }),
        );
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)));
    request.on('error', (error) =>
      resolve({ error: error.message.slice(0, 500), durationMs: Date.now() - started }),
    );
    request.end(body);
  });
}
