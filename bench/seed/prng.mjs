// A small, fast, seedable PRNG (sfc32) so the same --seed and --orders always give the same data set.
export function createRandom(seed) {
  let h = 1779033703 ^ String(seed).length;
  for (const ch of String(seed)) {
    h = Math.imul(h ^ ch.charCodeAt(0), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  const next32 = () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
  let a = next32();
  let b = next32();
  let c = next32();
  let d = next32();
  const random = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) random();
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const pick = (items) => items[Math.floor(random() * items.length)];
  /** Picks a key of `weights` ({a: 3, b: 1}) with probability proportional to its weight. */
  const weighted = (weights) => {
    const entries = Object.entries(weights);
    let roll = random() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, w] of entries) if ((roll -= w) < 0) return key;
    return entries[entries.length - 1][0];
  };
  /** An index in [0, n) skewed towards 0 (a few best sellers, a long tail). */
  const skewed = (n, power = 3) => Math.min(n - 1, Math.floor(n * random() ** power));
  const hex = (digits) => {
    let out = '';
    while (out.length < digits) out += next32().toString(16).padStart(8, '0');
    return out.slice(0, digits);
  };
  /** A UUIDv7 for the instant `ms`, so keyset lists ordered by id follow creation time as in the API. */
  const uuidv7 = (ms) => {
    const time = Math.floor(ms).toString(16).padStart(12, '0');
    const rand = hex(20);
    const variant = ((parseInt(rand[3], 16) & 0x3) | 0x8).toString(16);
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${rand.slice(0, 3)}-${variant}${rand.slice(4, 7)}-${rand.slice(7, 19)}`;
  };
  return { random, int, pick, weighted, skewed, hex, uuidv7, next32 };
}
