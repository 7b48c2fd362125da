import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}+/gu;

/**
 * What product search matches, computed when a product or its SKUs change. Chinese users type any part of a
 * name (手机 or 手机壳 in 苹果手机壳), the name's pinyin (shoujike) or its initials (sjk), a SKU code or a
 * barcode. Three characters or more go through a trigram index on `text`; one or two characters (most Chinese
 * words) through a GIN index on `grams`, every one- and two-character piece of the name and of its pinyin
 * initials, since trigrams cannot serve them.
 */
export function searchTermsOf(
  name: string,
  skus: Array<{ code: string; barcode: string | null; name: string | null }>,
) {
  const normalizedName = normalize(name);
  const hanRuns = normalizedName.match(HAN) ?? [];
  const initials = hanRuns.map((run) => pinyinOf(run, 'first')).join(' ');
  const full = hanRuns.map((run) => pinyinOf(run, 'full')).join(' ');
  const text = [
    normalizedName,
    full,
    initials,
    ...skus.flatMap((sku) => [sku.code, sku.barcode ?? '', sku.name ?? '']),
  ]
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
