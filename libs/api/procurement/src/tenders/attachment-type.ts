/** What an attachment is, judged by its first bytes (never by its name or the browser's claim). */
export function sniffAttachmentType(bytes: Buffer): { contentType: string; extension: string } | undefined {
  const starts = (signature: number[], offset = 0) =>
    bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return { contentType: 'application/pdf', extension: 'pdf' };
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { contentType: 'image/png', extension: 'png' };
  if (starts([0xff, 0xd8, 0xff])) return { contentType: 'image/jpeg', extension: 'jpg' };
  if (starts([0x47, 0x49, 0x46, 0x38])) return { contentType: 'image/gif', extension: 'gif' };
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8))
    return { contentType: 'image/webp', extension: 'webp' };
  return undefined;
}

/** A file name safe to show and to put in Content-Disposition: no path, no control characters. */
export function cleanFileName(name: string | undefined, extension: string): string {
  const last = (name ?? '').split(/[\\/]/).pop() ?? '';
  // Control characters and quotes would break the Content-Disposition header.
  const base = [...last]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f && c !== '"')
    .join('')
    .trim()
    .slice(0, 200);
  return base || `attachment.${extension}`;
}
