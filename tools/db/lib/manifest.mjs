// The backup's table of contents, read before anything is loaded.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const FORMAT = 'zhanggui-backup';
export const FORMAT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';

export function readManifest(dir) {
  const file = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(file)) throw new Error('This file is not a Zhanggui backup: it has no manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (manifest.format !== FORMAT) throw new Error('This file is not a Zhanggui backup (unknown format)');
  if (manifest.formatVersion !== FORMAT_VERSION) {
    throw new Error(
      `This backup has format version ${manifest.formatVersion}; this version of Zhanggui reads ${FORMAT_VERSION}`,
    );
  }
  return manifest;
}

/** Every table file must be there with the bytes the backup wrote: nothing is loaded from a damaged backup. */
export async function verifyChecksums(dir, manifest) {
  for (const table of manifest.tables) {
    const file = path.join(dir, table.file);
    if (!fs.existsSync(file))
      throw new Error(`The backup is missing ${table.file} (${table.schema}.${table.name})`);
    const hash = createHash('sha256');
    for await (const chunk of fs.createReadStream(file)) hash.update(chunk);
    if (hash.digest('hex') !== table.sha256)
      throw new Error(
        `The backup is damaged: ${table.file} (${table.schema}.${table.name}) fails its checksum`,
      );
  }
}
