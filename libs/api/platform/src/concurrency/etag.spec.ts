import { assertVersionMatches, etagFor, parseIfMatch, StaleVersionError } from './etag';
import { InvalidInputError } from '../errors/domain-error';

describe('ETag and If-Match', () => {
  it('tags a version as a strong entity tag', () => {
    expect(etagFor(3)).toBe('"3"');
  });

  it.each([
    [undefined, undefined],
    ['', undefined],
    ['*', undefined],
    ['"3"', [3]],
    ['W/"3"', [3]],
    [' "3" , "4"', [3, 4]],
  ])('reads If-Match %p as %p', (header, versions) => {
    expect(parseIfMatch(header)).toEqual(versions);
  });

  it.each(['3', '"three"', '"3', 'W/3', '"1", nope'])('refuses the malformed If-Match %p', (header) => {
    expect(() => parseIfMatch(header)).toThrow(InvalidInputError);
  });

  it('passes when no precondition was sent or it names the current version, else 412', () => {
    expect(() => assertVersionMatches('unit', undefined, 5)).not.toThrow();
    expect(() => assertVersionMatches('unit', [4, 5], 5)).not.toThrow();
    expect(() => assertVersionMatches('unit', [4], 5)).toThrow(StaleVersionError);
  });
});
