import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { lastFour, mask, open, seal } from './pii-cipher';

describe('personal data sealing', () => {
  const key = randomBytes(32);

  it('opens what it sealed, for any text, and never shows it in the sealed form', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 4, maxLength: 40 }), (text) => {
        const sealed = seal(key, text);
        expect(open(key, sealed)).toBe(text);
        if (text.trim().length >= 4) expect(sealed).not.toContain(text);
      }),
    );
  });

  it('seals the same text differently each time, and refuses a tampered value or another key', () => {
    const a = seal(key, '440106199001011234');
    expect(seal(key, '440106199001011234')).not.toBe(a);
    const parts = a.split('.');
    parts[3] = Buffer.from('x'.repeat(18)).toString('base64url');
    expect(() => open(key, parts.join('.'))).toThrow();
    expect(() => open(randomBytes(32), a)).toThrow();
  });

  it('masks all but the last four', () => {
    expect(mask(lastFour('440106199001011234'), 18)).toBe('**************1234');
    expect(mask(null)).toBeNull();
  });
});
