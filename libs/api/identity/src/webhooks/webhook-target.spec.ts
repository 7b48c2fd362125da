import {
  assertAcceptableUrl,
  assertPublicHost,
  ForbiddenTargetError,
  isForbiddenAddress,
} from './webhook-target';

describe('webhook targets (SSRF)', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.20.0.1',
    '192.168.1.10',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
  ])('refuses %s', (address) => expect(isForbiddenAddress(address)).toBe(true));

  it.each(['8.8.8.8', '203.0.113.10', '2001:4860:4860::8888'])('accepts the public address %s', (address) => {
    expect(isForbiddenAddress(address)).toBe(false);
  });

  it('refuses hosts that resolve locally, unless explicitly allowed', async () => {
    await expect(assertPublicHost('localhost', [])).rejects.toThrow(ForbiddenTargetError);
    await expect(assertPublicHost('[::1]', [])).rejects.toThrow(ForbiddenTargetError);
    await expect(assertPublicHost('127.0.0.1', ['127.0.0.1'])).resolves.toBeUndefined();
  });

  it('refuses URLs that are not http(s) or carry credentials', () => {
    expect(() => assertAcceptableUrl('ftp://example.com/hook')).toThrow(ForbiddenTargetError);
    expect(() => assertAcceptableUrl('https://user:pw@example.com/hook')).toThrow(ForbiddenTargetError);
    expect(() => assertAcceptableUrl('not a url')).toThrow(ForbiddenTargetError);
    expect(assertAcceptableUrl('https://partner.example.com/hook').hostname).toBe('partner.example.com');
  });
});
