import { describe, expect, it } from 'vitest';
import { redirectTarget, signInPath } from './sign-in-path';

const at = (pathname: string, search = '', hash = '') => ({ pathname, search, hash });

describe('signInPath', () => {
  it('remembers the page someone without a session tried to open', () => {
    expect(signInPath(at('/admin/users', '?status=active'), undefined)).toBe(
      '/login?next=%2Fadmin%2Fusers%3Fstatus%3Dactive',
    );
  });

  it('says the session expired, and where the user was', () => {
    expect(signInPath(at('/admin/audit-log'), 'expired')).toBe(
      '/login?reason=expired&next=%2Fadmin%2Faudit-log',
    );
  });

  it('says the password was changed', () => {
    expect(signInPath(at('/'), 'password-changed')).toBe('/login?reason=password-changed');
  });

  it('forgets the place after signing out on purpose', () => {
    expect(signInPath(at('/admin/users'), 'signed-out')).toBe('/login');
  });
});

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
