import fs from 'node:fs';
import path from 'node:path';

/** True when `pid` is a live process whose command line mentions `name` (guards against recycled pids). */
export function isProcessAlive(pid: number, name: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive but not ours to signal (another user's process); still alive.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(name);
  } catch {
    return true; // no /proc (macOS): trust the signal check
  }
}

/**
 * The postmaster recorded in `postmaster.pid`, if it is still running. A pid file whose process is gone, or
 * whose pid now belongs to something else, is removed: PostgreSQL would otherwise refuse to start.
 */
export function findStaleServer(pgData: string): { pid: number } | undefined {
  const pidFile = path.join(pgData, 'postmaster.pid');
  let pid: number;
  try {
    pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
  if (Number.isInteger(pid) && pid > 0 && isProcessAlive(pid, 'postgres')) return { pid };
  fs.rmSync(pidFile, { force: true });
  return undefined;
}
