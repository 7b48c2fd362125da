import { describe, expect, it } from 'vitest';
import { redirectTarget } from './sign-in';

describe('redirectTarget', () => {
  it('returns to the page that sent the user to sign in', () => {
    expect(redirectTarget('/admin/org-units?kind=city')).toBe('/admin/org-units?kind=city');
  });

  it('never leaves the site', () => {
    expect(redirectTarget('https://evil.example/')).toBe('/');
    expect(redirectTarget('//evil.example/')).toBe('/');
    expect(redirectTarget('/\\evil.example/')).toBe('/');
    expect(redirectTarget(null)).toBe('/');
  });
});
