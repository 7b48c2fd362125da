import type { BackupManifest } from './manifest.mjs';

export function restoreDatabase(options: {
  url: string;
  file: string;
  force?: boolean;
  migrate: (url: string, names: string[]) => Promise<void>;
  log?: (line: string) => void;
}): Promise<BackupManifest>;
