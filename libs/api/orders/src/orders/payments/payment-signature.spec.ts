import { signPaymentCallback, verifyPaymentCallback } from './payment-signature';

describe('payment callback signatures', () => {
  const secret = 'shared-secret';
  const rawBody = Buffer.from('{"orderNumber":"SO-20261127-0001","amount":1999}');
  const now = 1_800_000_000;
  const timestamp = String(now);
  const signature = signPaymentCallback(secret, timestamp, rawBody);
  const verify = (overrides: Partial<Parameters<typeof verifyPaymentCallback>[0]>) =>
    verifyPaymentCallback({ secret, timestamp, signature, rawBody, nowSeconds: now, ...overrides });

  it('accepts the provider’s signature, bare or as v1=', () => {
    expect(verify({})).toBe('valid');
    expect(verify({ signature: `v1=${signature}` })).toBe('valid');
  });

  it('refuses another secret, another body, another timestamp, or garbage', () => {
    expect(verify({ secret: 'other' })).toBe('invalid');
    expect(verify({ rawBody: Buffer.from('{"orderNumber":"SO-20261127-0001","amount":1}') })).toBe('invalid');
    expect(verify({ timestamp: String(now + 1) })).toBe('invalid');
    expect(verify({ signature: 'zz' })).toBe('invalid');
    expect(verify({ timestamp: 'yesterday' })).toBe('invalid');
  });

  it('calls a correctly signed but old (or far future) callback stale', () => {
    expect(verify({ nowSeconds: now + 300 })).toBe('valid');
    expect(verify({ nowSeconds: now + 301 })).toBe('stale');
    expect(verify({ nowSeconds: now - 301 })).toBe('stale');
  });
});
