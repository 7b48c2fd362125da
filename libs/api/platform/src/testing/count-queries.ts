import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { currentRequestContext } from '../access/request-context';
import type { TestApp } from './test-app';

export interface QueryCount<T> {
  /** SQL statements sent to PostgreSQL while serving the requests (BEGIN and COMMIT included). */
  count: number;
  /** Their text, in order: print them when a count surprises you. */
  statements: string[];
  /** What `fn` returned. */
  result: T;
}

type Listener = (sql: string) => void;
const listeners = new WeakMap<DataSource, Set<Listener>>();

/**
 * Counts the SQL statements the app runs to serve the requests `fn` sends through the `http` it is given
 * (a `t.http` whose requests carry a request id of this count's own). Statements are attributed by request
 * context, so the job workers polling in the background (and the jobs a request enqueues), other requests and
 * the test's own queries are not counted. Statements run before the request context opens are not seen.
 *
 * Made for "no query count that grows with rows returned":
 *
 *   const few = await countQueries(t, (http) => http(auth).get('/api/v1/things?limit=2').expect(200));
 *   const many = await countQueries(t, (http) => http(auth).get('/api/v1/things?limit=25').expect(200));
 *   expect(many.count).toBe(few.count);
 */
export async function countQueries<T>(
  t: Pick<TestApp, 'dataSource' | 'http'>,
  fn: (http: TestApp['http']) => Promise<T>,
): Promise<QueryCount<T>> {
  const requestId = `count-queries-${randomUUID()}`;
  const statements: string[] = [];
  const listener: Listener = (sql) => {
    if (currentRequestContext()?.requestId === requestId) statements.push(sql);
  };
  const active = tap(t.dataSource);
  active.add(listener);
  try {
    const result = await fn((auth) => t.http(auth).set('X-Request-Id', requestId));
    return { count: statements.length, statements, result };
  } finally {
    active.delete(listener);
  }
}

/** Hooks the DataSource's logger once (TypeORM calls logQuery before every statement, whatever the log level). */
function tap(dataSource: DataSource): Set<Listener> {
  const existing = listeners.get(dataSource);
  if (existing) return existing;
  const active = new Set<Listener>();
  const logger = dataSource.logger;
  const logQuery = logger.logQuery.bind(logger);
  logger.logQuery = (query, parameters, queryRunner) => {
    for (const listener of active) listener(query);
    return logQuery(query, parameters, queryRunner);
  };
  listeners.set(dataSource, active);
  return active;
}
