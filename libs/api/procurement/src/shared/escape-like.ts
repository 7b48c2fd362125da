/** Escapes LIKE wildcards in user text, so `50%` searches for "50%". */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
