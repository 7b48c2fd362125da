import { createTestApp, TestApp } from '../testing';
import { GappedDocumentNumbers } from './gapped-document-numbers';
import { NUMBER_SEQUENCE_CLEANUP_QUEUE, NumberSequenceCleanup } from './number-sequence-cleanup';

describe('dropping past days’ number sequences', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** `yyyymmdd` of the Beijing day `daysAgo` before today. */
  const beijingDay = async (daysAgo: number): Promise<string> => {
    const [{ day }] = await t.dataSource.query(
      `SELECT to_char((now() AT TIME ZONE 'Asia/Shanghai')::date - $1::int, 'YYYYMMDD') AS day`,
      [daysAgo],
    );
    return day;
  };
  const sequences = async (): Promise<string[]> =>
    (
      await t.dataSource.query(
        `SELECT relname FROM pg_class WHERE relkind = 'S' AND relname LIKE '%sweep%' ORDER BY relname`,
      )
    ).map((row: { relname: string }) => row.relname);

  it('drops the sequences of days over a week ago, keeps the week’s and anything else', async () => {
    const numbers = t.app.get(GappedDocumentNumbers);
    await numbers.next('SWEEP'); // today's (and tomorrow's), as an order makes them
    await numbers.beforeApplicationShutdown(); // tomorrow's is made in the background
    const [today, tomorrow, weekAgo, eightDaysAgo] = await Promise.all([0, -1, 7, 8].map(beijingDay));
    for (const name of [
      `document_number_sweep_${weekAgo}`,
      `document_number_sweep_${eightDaysAgo}`,
      'document_number_sweep_20200101',
      'sweep_tally_20200101', // not a day's number sequence
    ])
      await t.dataSource.query(`CREATE SEQUENCE ${name}`);

    const dropped = await t.app.get(NumberSequenceCleanup).dropPastSequences();

    expect(dropped).toEqual(['document_number_sweep_20200101', `document_number_sweep_${eightDaysAgo}`]);
    expect(await sequences()).toEqual(
      [
        `document_number_sweep_${today}`,
        `document_number_sweep_${tomorrow}`,
        `document_number_sweep_${weekAgo}`,
        'sweep_tally_20200101',
      ].sort(),
    );
    // Today's numbering goes on where it was.
    await expect(numbers.next('SWEEP')).resolves.toMatch(new RegExp(`^SWEEP-${today}-0002$`));
  });

  it('runs nightly in Beijing time', async () => {
    const rows = await t.dataSource.query(
      `SELECT cron, options->>'tz' AS tz FROM pgboss.schedule WHERE name = $1`,
      [NUMBER_SEQUENCE_CLEANUP_QUEUE],
    );
    expect(rows).toEqual([{ cron: '30 3 * * *', tz: 'Asia/Shanghai' }]);
  });
});
