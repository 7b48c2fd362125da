import { searchMatchFor, searchTermsOf } from './text-search';

describe('text search terms', () => {
  const terms = searchTermsOf('苹果手机壳 iPhone15', ['SKU-A1', '6901234567890', '黑色']);

  it('indexes the name, its pinyin and initials and the extra terms, in lower case', () => {
    expect(terms.text).toContain('苹果手机壳 iphone15');
    expect(terms.text).toContain('pingguoshoujike');
    expect(terms.text).toContain('pgsjk');
    expect(terms.text).toContain('sku-a1');
    expect(terms.text).toContain('6901234567890');
  });

  it('keeps every one- and two-character piece of the name and the initials for short queries', () => {
    for (const gram of ['手', '手机', '机壳', '苹果', 'sj', 'pg', 'i', 'ip'])
      expect(terms.grams).toContain(gram);
    expect(terms.grams).not.toContain('手机壳'); // three characters go through trigrams
  });

  it('chooses trigrams from three characters on, grams below, and escapes LIKE wildcards', () => {
    expect(searchMatchFor('手机')).toEqual({ kind: 'gram', gram: '手机' });
    expect(searchMatchFor('手机壳')).toEqual({ kind: 'trigram', pattern: '%手机壳%' });
    expect(searchMatchFor(' SJK ')).toEqual({ kind: 'trigram', pattern: '%sjk%' });
    expect(searchMatchFor('50%_off')).toEqual({ kind: 'trigram', pattern: '%50\\%\\_off%' });
    expect(searchMatchFor('   ')).toBeUndefined();
  });

  it('finds 苹果手机壳 by any substring of the name, through grams or the trigram text', () => {
    const name = '苹果手机壳';
    for (let start = 0; start < name.length; start++) {
      for (let end = start + 1; end <= name.length; end++) {
        const match = searchMatchFor(name.slice(start, end))!;
        const found =
          match.kind === 'gram'
            ? terms.grams.includes(match.gram)
            : terms.text.includes(match.pattern.slice(1, -1));
        expect({ query: name.slice(start, end), found }).toEqual({
          query: name.slice(start, end),
          found: true,
        });
      }
    }
  });
});
