/**
 * List state (filters, sort, page size) kept in the URL query string, so a reload or a shared link shows the
 * same rows. Each parameter parses leniently: a value that is missing or not allowed reads as its fallback,
 * never as an error, because URLs are typed and edited by hand. Fallback values are left out of the URL to
 * keep links short.
 */
export interface UrlParam<T> {
  readonly fallback: T;
  parse(raw: string): T | undefined;
  serialize(value: T): string | undefined;
}

export type UrlStateSpec<S> = { readonly [K in keyof S]: UrlParam<S[K]> };

/** One of a fixed set of values, with a fallback when absent (e.g. a sort order). */
export function enumParam<T extends string>(values: readonly T[], fallback: T): UrlParam<T> {
  return {
    fallback,
    parse: (raw) => ((values as readonly string[]).includes(raw) ? (raw as T) : undefined),
    serialize: (value) => value,
  };
}

/** One of a fixed set of values, or no filter at all. */
export function optionalEnumParam<T extends string>(values: readonly T[]): UrlParam<T | undefined> {
  return {
    fallback: undefined,
    parse: (raw) => ((values as readonly string[]).includes(raw) ? (raw as T) : undefined),
    serialize: (value) => value,
  };
}

/** Free text (a search), trimmed; empty means no filter. */
export function textParam(maxLength: number): UrlParam<string> {
  return {
    fallback: '',
    parse: (raw) => raw.trim().slice(0, maxLength),
    serialize: (value) => value.trim() || undefined,
  };
}

/** A value of a fixed form (an id, a date), or no filter; anything else in the URL is ignored. */
export function matchingParam(pattern: RegExp): UrlParam<string | undefined> {
  return {
    fallback: undefined,
    parse: (raw) => (pattern.test(raw.trim()) ? raw.trim() : undefined),
    serialize: (value) => value,
  };
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A whole number within bounds (e.g. a page size). */
export function intParam(options: { min: number; max: number; fallback: number }): UrlParam<number> {
  return {
    fallback: options.fallback,
    parse: (raw) => {
      if (!/^\d+$/.test(raw)) return undefined;
      const value = Number(raw);
      return value >= options.min && value <= options.max ? value : undefined;
    },
    serialize: (value) => String(value),
  };
}

export function readUrlState<S>(spec: UrlStateSpec<S>, params: URLSearchParams): S {
  const state = {} as S;
  for (const key of Object.keys(spec) as Array<keyof S & string>) {
    const raw = params.get(key);
    const parsed = raw === null ? undefined : spec[key].parse(raw);
    state[key] = parsed === undefined ? spec[key].fallback : parsed;
  }
  return state;
}

/** The query string after `changes`; parameters the spec does not know are kept as they were. */
export function writeUrlState<S>(
  spec: UrlStateSpec<S>,
  params: URLSearchParams,
  changes: Partial<S>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of Object.keys(changes) as Array<keyof S & string>) {
    if (!(key in spec)) continue;
    const value = changes[key] as S[typeof key];
    const serialized = value === undefined ? undefined : spec[key].serialize(value);
    const fallback = spec[key].fallback === undefined ? undefined : spec[key].serialize(spec[key].fallback);
    if (serialized === undefined || serialized === fallback) next.delete(key);
    else next.set(key, serialized);
  }
  return next;
}

/** Whether any parameter differs from its fallback (e.g. to offer "clear filters"). */
export function differsFromFallback<S>(
  spec: UrlStateSpec<S>,
  state: S,
  keys: ReadonlyArray<keyof S>,
): boolean {
  return keys.some((key) => state[key] !== spec[key].fallback);
}
