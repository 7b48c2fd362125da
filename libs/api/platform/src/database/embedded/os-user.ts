import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface OsUser {
  uid: number;
  gid: number;
}

/**
 * PostgreSQL refuses to run as root. When we are root (containers, CI), the server runs as the `postgres`
 * system user, created if missing. Returns undefined when we are not root and no switch is needed.
 */
export function postgresOsUser(): OsUser | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const lookup = () => {
    try {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { stdio: ['ignore', 'pipe', 'ignore'] }));
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { stdio: ['ignore', 'pipe', 'ignore'] }));
      return { uid, gid };
    } catch {
      return undefined;
    }
  };
  const existing = lookup();
  if (existing) return existing;
  execFileSync(
    'useradd',
    ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'],
    {
      stdio: 'ignore',
    },
  );
  const created = lookup();
  if (!created)
    throw new Error('Could not create the `postgres` system user that the embedded database runs as.');
  return created;
}

/** The server user must be able to walk down to its data folder; say which folder blocks it, and how to fix it. */
export function assertTraversable(dir: string): void {
  let current = path.resolve(dir);
  const blocked: string[] = [];
  while (true) {
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
    if ((fs.statSync(current).mode & 0o001) === 0) blocked.push(current);
  }
  if (blocked.length > 0) {
    throw new Error(
      `The embedded PostgreSQL runs as the 'postgres' user, which cannot reach ${dir} because ` +
        `${blocked.join(', ')} ${blocked.length === 1 ? 'is' : 'are'} closed to other users. ` +
        `Run \`chmod o+x ${blocked.join(' ')}\`, or set DATA_DIR to a folder under /srv or /tmp.`,
    );
  }
}
