// Types for the test (TypeScript) that drives these JavaScript modules.
export interface TableRef {
  schema: string;
  name: string;
}

export interface BackedUpTable extends TableRef {
  columns: string[];
  file: string;
  rows: number;
  bytes: number;
  sha256: string;
}

export interface BackupManifest {
  format: 'zhanggui-backup';
  formatVersion: number;
  createdAt: string;
  server: string;
  migrations: Array<{ timestamp: number; name: string }>;
  tables: BackedUpTable[];
  sequences: Array<TableRef & { lastValue: string; isCalled: boolean }>;
  jobQueues: string[];
}

export const FORMAT: 'zhanggui-backup';
export const FORMAT_VERSION: number;
export const MANIFEST_FILE: string;
export function readManifest(dir: string): BackupManifest;
export function verifyChecksums(dir: string, manifest: BackupManifest): Promise<void>;
