import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}+/gu;

/**
 * Search as Chinese users expect it, for any record with a name (products, customers): any part of the name
 * (手机 or 手机壳 in 苹果手机壳), its pinyin (shoujike) or initials (sjk), and extra terms (SKU codes,
 * barcodes, phone numbers). Store `text` under a trigram index and `grams` under a GIN index: three
 * characters or more go through trigrams; one or two (most Chinese words) through the grams, every one- and
 * two-character piece of the name and of its initials, since trigrams cannot serve them.
 */
export function searchTermsOf(name: string, extraTerms: Array<string | null | undefined>) {
  const normalizedName = normalize(name);
  const hanRuns = normalizedName.match(HAN) ?? [];
  const initials = hanRuns.map((run) => pinyinOf(run, 'first')).join(' ');
  const full = hanRuns.map((run) => pinyinOf(run, 'full')).join(' ');
  const text = [normalizedName, full, initials, ...extraTerms.map((term) => term ?? '')]
    .map(normalize)
    .filter(Boolean)
    .join(' ');
  const grams = new Set<string>();
  for (const source of [normalizedName, initials]) {
    for (const word of source.split(/\s+/).filter(Boolean)) {
      const characters = [...word];
      characters.forEach((character, index) => {
        grams.add(character);
        if (index + 1 < characters.length) grams.add(character + characters[index + 1]);
      });
    }
  }
  return { text, grams: [...grams].sort() };
}

export type SearchMatch = { kind: 'trigram'; pattern: string } | { kind: 'gram'; gram: string };

/** How to look for `query`: a substring through trigrams, or a short piece through the grams. */
export function searchMatchFor(query: string): SearchMatch | undefined {
  const normalized = normalize(query).replace(/\s+/g, ' ');
  if (normalized.length === 0) return undefined;
  if ([...normalized].length >= 3)
    return { kind: 'trigram', pattern: `%${normalized.replace(/[\\%_]/g, (c) => `\\${c}`)}%` };
  return { kind: 'gram', gram: normalized };
}

function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim();
}

function pinyinOf(run: string, pattern: 'first' | 'full'): string {
  return pinyin(run, {
    pattern: pattern === 'first' ? 'first' : 'pinyin',
    toneType: 'none',
    type: 'array',
  }).join('');
}
