import { Controller, Get, Module, Param, ParseIntPipe } from '@nestjs/common';
import { Public } from '../access/access.decorators';
import { TransactionalConnection } from '../database/transactional-connection';
import { countQueries } from './count-queries';
import { createTestApp, TestApp } from './test-app';

/** Runs as many statements as it is asked to: a known number to count. */
@Public()
@Controller('query-probe')
class QueryProbeController {
  constructor(private readonly connection: TransactionalConnection) {}

  @Get(':n')
  async run(@Param('n', ParseIntPipe) n: number) {
    for (let i = 0; i < n; i++) await this.connection.manager.query('SELECT $1::int AS i', [i]);
    return { ran: n };
  }
}

@Module({ controllers: [QueryProbeController] })
class QueryProbeModule {}

describe('countQueries', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ imports: [QueryProbeModule] });
  });
  afterAll(() => t.close());

  it('counts the statements run to serve the requests it sends, and only those', async () => {
    const base = await countQueries(t, (http) => http().get('/api/v1/query-probe/0').expect(200));
    const three = await countQueries(t, async (http) => {
      await t.dataSource.query('SELECT 1'); // the test's own: not the app serving a request
      await t.http().get('/api/v1/query-probe/5').expect(200); // not sent through the given http
      return (await http().get('/api/v1/query-probe/3').expect(200)).body;
    });
    expect(three.result).toEqual({ ran: 3 });
    expect(three.count).toBe(base.count + 3);
    expect(three.statements.filter((sql) => sql === 'SELECT $1::int AS i')).toHaveLength(3);
  });

  it('adds up every request sent through it, and runs side by side with another count', async () => {
    const [one, two] = await Promise.all([
      countQueries(t, (http) => http().get('/api/v1/query-probe/1').expect(200)),
      countQueries(t, async (http) => {
        await http().get('/api/v1/query-probe/1').expect(200);
        await http().get('/api/v1/query-probe/1').expect(200);
      }),
    ]);
    expect(two.count).toBe(2 * one.count);
    expect((await countQueries(t, (http) => http().get('/health/ready').expect(200))).statements).toEqual([
      'SELECT 1',
    ]);
  });
});
