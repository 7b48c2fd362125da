// CPU time used by a process (and, for PostgreSQL, by all the postmaster's children), read from /proc. On a
// machine shared with other work, CPU milliseconds per request are steadier than requests per second.
import fs from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

function ticks(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime
  } catch {
    return 0;
  }
}

function childrenOf(pid) {
  const out = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] === String(pid)) out.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** A snapshot of CPU milliseconds per pid; the postmaster counts with its children (backends come and go). */
export function cpuSnapshot({ serverPid, postmasterPid }) {
  const database = postmasterPid
    ? new Map([postmasterPid, ...childrenOf(postmasterPid)].map((pid) => [pid, ticks(pid) * TICK_MS]))
    : new Map();
  return { server: ticks(serverPid) * TICK_MS, database };
}

/** CPU ms used between two snapshots; backends present in both are counted by difference, new ones whole. */
export function cpuUsed(before, after) {
  let database = 0;
  for (const [pid, ms] of after.database) database += ms - (before.database.get(pid) ?? 0);
  return { server: after.server - before.server, database };
}
