// Which database the commands work on, the way `npm start` chooses: DATABASE_URL when set (from the
// environment or .env), else the embedded PostgreSQL whose cluster lives in DATA_DIR (./.data by default).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Opens the target: `{ url, describe, close() }`. For the embedded cluster, a server already run by `npm start`
 * is used as it is (backup only: `allowRunningApi`); otherwise the cluster is started here and stopped by close().
 */
export async function openTarget({ root, builtDir, allowRunningApi, log }) {
  if (fs.existsSync(path.join(root, '.env'))) process.loadEnvFile(path.join(root, '.env'));
  if (process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, describe: 'DATABASE_URL', close: async () => undefined };

  const require = createRequire(path.join(builtDir, 'index.js'));
  const platform = path.join(builtDir, 'libs/api/platform/src');
  const { EmbeddedPostgres } = require(path.join(platform, 'database/embedded/embedded-postgres.js'));
  const { isProcessAlive } = require(path.join(platform, 'database/embedded/stale-server.js'));
  const dataDir = path.resolve(root, process.env.DATA_DIR ?? './.data');
  const shown = dataDir.startsWith(root + path.sep) ? path.relative(root, dataDir) : dataDir;
  const describe = `the embedded PostgreSQL in ${shown}`;

  const owner = readPid(path.join(dataDir, 'server.lock'));
  if (owner !== undefined && owner !== process.pid && isProcessAlive(owner, 'node')) {
    if (!allowRunningApi) {
      throw new Error(
        `The API (process ${owner}) is running on ${describe}. Stop it first: a restore replaces its data.`,
      );
    }
    // The API's server is up: read its credentials and share it (a backup is one read-only transaction).
    const { user, password, port } = JSON.parse(fs.readFileSync(path.join(dataDir, 'postgres.json'), 'utf8'));
    const url = `postgresql://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/zhanggui`;
    return { url, describe: `${describe} (served by the running API)`, close: async () => undefined };
  }
  const server = await EmbeddedPostgres.start({ dataDir, log });
  return { url: server.url(), describe, close: () => server.stop() };
}

function readPid(file) {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
