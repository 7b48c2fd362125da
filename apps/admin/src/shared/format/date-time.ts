const formatters = new Map<string, Intl.DateTimeFormat>();

/** An ISO timestamp as local date and time in the console's language (formatters are cached: tables call this a lot). */
export function formatDateTime(iso: string, language: string): string {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    formatters.set(language, formatter);
  }
  return formatter.format(new Date(iso));
}
