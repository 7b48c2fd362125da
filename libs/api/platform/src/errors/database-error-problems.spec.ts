import { QueryFailedError } from 'typeorm';
import { problemFromDatabaseError } from './database-error-problems';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
const named = (name: string) => Object.assign(new Error('released'), { name });

describe('problemFromDatabaseError', () => {
  it.each([
    ['the pool stayed full past its wait', new Error('timeout exceeded when trying to connect')],
    [
      'the server refuses connections (down)',
      withCode('connect ECONNREFUSED 127.0.0.1:5433', 'ECONNREFUSED'),
    ],
    ['the connection ended under a query', new Error('Connection terminated unexpectedly')],
    [
      'the server is shutting down',
      new QueryFailedError('SELECT 1', [], withCode('terminating connection', '57P01')),
    ],
    ['the server is starting up', withCode('the database system is starting up', '57P03')],
    ['TypeORM released the dead transaction', named('QueryRunnerAlreadyReleasedError')],
    ['TypeORM released the dead connection', named('QueryRunnerProviderAlreadyReleasedError')],
  ])('makes "%s" a 503 the client may retry', (_, error) => {
    expect(problemFromDatabaseError(error)).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
  });

  it('leaves other errors alone: constraint violations keep their 409, unknown errors stay unknown', () => {
    expect(
      problemFromDatabaseError(new QueryFailedError('INSERT', [], withCode('duplicate key', '23505'))),
    ).toMatchObject({ status: 409, code: 'DUPLICATE' });
    expect(problemFromDatabaseError(new Error('something else'))).toBeUndefined();
    expect(problemFromDatabaseError(withCode('no such file', 'ENOENT'))).toBeUndefined();
  });
});
