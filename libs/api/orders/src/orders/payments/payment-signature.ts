import { createHmac, timingSafeEqual } from 'node:crypto';

/** How old (or how far ahead) a callback's timestamp may be: older ones could be captured and replayed. */
export const MAX_CALLBACK_AGE_SECONDS = 5 * 60;

export type SignatureVerdict = 'valid' | 'invalid' | 'stale';

/** hex HMAC-SHA256 of `<timestamp>.<raw body>` with the shared secret: what the provider sends. */
export function signPaymentCallback(secret: string, timestamp: string, rawBody: Buffer | string): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
}

/**
 * Checks a callback's signature over the exact bytes received (not re-serialised JSON), in constant time,
 * and its timestamp's freshness. `signature` may be bare hex or `v1=<hex>`.
 */
export function verifyPaymentCallback(input: {
  secret: string;
  timestamp: string;
  signature: string;
  rawBody: Buffer;
  nowSeconds: number;
}): SignatureVerdict {
  if (!/^\d{1,12}$/.test(input.timestamp)) return 'invalid';
  const given = input.signature.trim().replace(/^v1=/, '');
  if (!/^[0-9a-f]{64}$/i.test(given)) return 'invalid';
  const expected = Buffer.from(signPaymentCallback(input.secret, input.timestamp, input.rawBody), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(given, 'hex'))) return 'invalid';
  // Checked after the signature, so an attacker learns nothing from which answer they get.
  const age = Math.abs(input.nowSeconds - Number(input.timestamp));
  return age > MAX_CALLBACK_AGE_SECONDS ? 'stale' : 'valid';
}
