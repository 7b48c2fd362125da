const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, timeStyle: 'short' | 'medium'): Intl.DateTimeFormat {
  const key = `${language}|${timeStyle}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle });
    formatters.set(key, cached);
  }
  return cached;
}

/** An ISO timestamp as local date and time in the console's language (formatters are cached: tables call this a lot). */
export function formatDateTime(iso: string, language: string): string {
  return formatter(language, 'short').format(new Date(iso));
}

/** Like formatDateTime, to the second: for the audit trail, where the order of close events matters. */
export function formatTimestamp(iso: string, language: string): string {
  return formatter(language, 'medium').format(new Date(iso));
}
