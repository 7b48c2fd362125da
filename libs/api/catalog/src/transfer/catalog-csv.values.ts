/**
 * How values are written in the catalog CSV and read back, exactly: what the export writes, the import reads
 * as the same value, so an unedited file changes nothing.
 */

export type Parsed<T> = { value: T } | { error: string };

/** The largest price a channel may carry, as SetPriceDto allows: ¥100 million. */
const MAX_PRICE_FEN = 100_000_000_00;
const YUAN = /^(\d+)(?:\.(\d+))?$/;

/** 3990 分 → "39.90". */
export function formatYuan(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** "39.9" → 3990 分, from the digits themselves: a float would turn 0.29 into 28.999… */
export function parseYuan(text: string): Parsed<number> {
  if (text.startsWith('-')) return { error: 'must not be negative' };
  const match = YUAN.exec(text);
  if (!match) return { error: 'must be yuan with up to two decimals, such as 39.90' };
  const [, whole, decimals = ''] = match;
  if (decimals.length > 2) return { error: 'must have at most two decimals (whole 分)' };
  if (whole.length > 9) return { error: `must be at most ${formatYuan(MAX_PRICE_FEN)}` };
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  if (fen > MAX_PRICE_FEN) return { error: `must be at most ${formatYuan(MAX_PRICE_FEN)}` };
  return { value: fen };
}

const MAX_ATTRIBUTES = 20;
const MAX_ATTRIBUTE_TEXT = 50;
const ATTRIBUTE_SPECIALS = /[\\;=]/g;

/** {颜色: 黑色, 尺码: XL} → "颜色=黑色; 尺码=XL"; a \, ; or = inside a name or value is escaped with \. */
export function formatAttributes(attributes: Record<string, string>): string {
  const escape = (text: string) => text.replace(ATTRIBUTE_SPECIALS, (c) => `\\${c}`);
  return Object.entries(attributes)
    .map(([name, value]) => `${escape(name)}=${escape(value)}`)
    .join('; ');
}

/** The reverse of formatAttributes, with the API's limits: up to 20 pairs, names 1–50 and values 0–50 long. */
export function parseAttributes(text: string): Parsed<Record<string, string>> {
  const pairs: Array<{ parts: string[] }> = [];
  let parts = [''];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      if (i + 1 >= text.length) return { error: 'ends with a lone \\ (write \\\\ for a backslash)' };
      parts[parts.length - 1] += text[++i];
    } else if (c === ';') {
      pairs.push({ parts });
      parts = [''];
    } else if (c === '=') parts.push('');
    else parts[parts.length - 1] += c;
  }
  pairs.push({ parts });

  const attributes: Record<string, string> = {};
  for (const pair of pairs) {
    const [name, ...values] = pair.parts.map((part) => part.trim());
    if (values.length === 0 && name === '') continue; // "a=1;" or an empty cell
    if (values.length === 0)
      return { error: `"${name}" needs a value: write name=value pairs separated by ;` };
    if (values.length > 1)
      return { error: `"${pair.parts.join('=')}" has more than one = (write \\= inside a value)` };
    if (name === '') return { error: 'every attribute needs a name before its =' };
    if (name.length > MAX_ATTRIBUTE_TEXT || values[0].length > MAX_ATTRIBUTE_TEXT)
      return { error: `names and values must be at most ${MAX_ATTRIBUTE_TEXT} characters` };
    if (name in attributes) return { error: `"${name}" appears twice` };
    attributes[name] = values[0];
  }
  if (Object.keys(attributes).length > MAX_ATTRIBUTES)
    return { error: `must have at most ${MAX_ATTRIBUTES} name=value pairs` };
  return { value: attributes };
}

/** The same attributes, whatever their order (jsonb keeps its own). */
export function sameAttributes(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => b[key] === a[key]);
}

export const CATEGORY_PATH_SEPARATOR = ' / ';

/** What two category paths are compared by: segments trimmed, case ignored (sibling names are unique so). */
export function categoryPathKey(path: string): string {
  return path
    .split('/')
    .map((segment) => segment.trim().toLowerCase())
    .join('/');
}

const FORMULA_START = /^'*[=+\-@\t\r]/;
const PROTECTED_FORMULA_START = /^'+[=+\-@\t\r]/;

/**
 * Spreadsheets run a cell that starts with = + - @ as a formula, so a product named "=HYPERLINK(…)" could act
 * when the file is opened (CSV injection). Such cells get a leading ', which Excel shows as text; the import
 * takes exactly one ' off again, so every value survives the round trip.
 */
export function protectFromFormulas(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function unprotectFromFormulas(cell: string): string {
  return PROTECTED_FORMULA_START.test(cell) ? cell.slice(1) : cell;
}
