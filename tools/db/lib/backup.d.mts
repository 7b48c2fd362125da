import type { BackupManifest } from './manifest.mjs';

export function backupDatabase(options: {
  url: string;
  out: string;
  log?: (line: string) => void;
}): Promise<BackupManifest>;
