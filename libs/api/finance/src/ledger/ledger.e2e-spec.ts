import ExcelJS from 'exceljs';
import { countQueries, expectProblem } from '@zhanggui/api-platform/testing';
import { TransactionalConnection } from '@zhanggui/api-platform';
import { createFinanceWorld, FinancePerson, FinanceWorld } from '../testing/finance-world';
import { LedgerService } from './ledger.service';

describe('general ledger: accounts, entries, periods, reports', () => {
  let w: FinanceWorld;
  let ledger: LedgerService;
  let connection: TransactionalConnection;
  const as = (who: FinancePerson) => w.t.http(w.people[who].auth);
  const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
  const today = `${month}-15`;

  const draft = (lines: Array<Record<string, unknown>>, overrides: Record<string, unknown> = {}) =>
    as('finance')
      .post('/api/v1/journal-entries')
      .send({ entryDate: today, description: '测试凭证', lines, ...overrides });

  const posted = async (lines: Array<Record<string, unknown>>, overrides: Record<string, unknown> = {}) => {
    const created = await draft(lines, overrides).expect(201);
    return (await as('finance').post(`/api/v1/journal-entries/${created.body.id}/post`).send({}).expect(200))
      .body;
  };

  beforeAll(async () => {
    w = await createFinanceWorld();
    ledger = w.t.app.get(LedgerService);
    connection = w.t.app.get(TransactionalConnection);
  }, 120_000);
  afterAll(() => w.t.close());

  describe('access', () => {
    const reads = [
      '/api/v1/ledger-accounts',
      '/api/v1/journal-entries',
      '/api/v1/accounting-periods',
      `/api/v1/ledger-reports/trial-balance?period=${month}`,
      `/api/v1/ledger-reports/income-statement?period=${month}`,
      `/api/v1/ledger-reports/balance-sheet?period=${month}`,
      `/api/v1/journal-entries/account-ledger?accountCode=1002`,
    ];

    it('lets finance, the auditor and the general manager read, and nobody else', async () => {
      for (const path of reads) {
        for (const who of ['finance', 'auditor', 'generalManager'] as const)
          await as(who).get(path).expect(200);
        for (const who of ['agent', 'hr', 'productManager', 'salesManager', 'sysadmin'] as const)
          expectProblem(await as(who).get(path), 403, 'FORBIDDEN');
      }
      await w.t.http().get('/api/v1/journal-entries').expect(401);
    });

    it('lets only finance write entries, accounts and close periods; only the general manager reopens', async () => {
      const body = {
        entryDate: today,
        description: 'x',
        lines: [
          { accountCode: '6602', debit: 100 },
          { accountCode: '1001', credit: 100 },
        ],
      };
      for (const who of ['auditor', 'generalManager', 'agent', 'hr'] as const) {
        expectProblem(await as(who).post('/api/v1/journal-entries').send(body), 403, 'FORBIDDEN');
        expectProblem(
          await as(who)
            .post('/api/v1/ledger-accounts')
            .send({ parentCode: '1002', code: '100299', nameZh: 'x', nameEn: 'x' }),
          403,
          'FORBIDDEN',
        );
        expectProblem(
          await as(who).post(`/api/v1/accounting-periods/${month}/close`).send({}),
          403,
          'FORBIDDEN',
        );
      }
      expectProblem(
        await as('finance').post(`/api/v1/accounting-periods/${month}/reopen`).send({ reason: 'x' }),
        403,
        'FORBIDDEN',
      );
    });
  });

  describe('chart of accounts', () => {
    it('is seeded with the standard codes, names, types and VAT sub-accounts', async () => {
      const tax = await as('finance').get('/api/v1/ledger-accounts?codePrefix=2221').expect(200);
      expect(tax.body.data.map((a: { code: string }) => a.code)).toEqual(
        expect.arrayContaining(['2221', '222101', '222102']),
      );
      const vatOut = tax.body.data.find((a: { code: string }) => a.code === '222101');
      expect(vatOut).toMatchObject({ type: 'liability', normalBalance: 'credit', level: 2, isLeaf: true });
      expect(tax.body.data.find((a: { code: string }) => a.code === '2221')).toMatchObject({ isLeaf: false });
      const all = await as('finance').get('/api/v1/ledger-accounts?limit=200').expect(200);
      const byCode = new Map(all.body.data.map((a: { code: string }) => [a.code, a]));
      for (const [code, nameZh, type] of [
        ['1001', '库存现金', 'asset'],
        ['1002', '银行存款', 'asset'],
        ['1122', '应收账款', 'asset'],
        ['1405', '库存商品', 'asset'],
        ['2202', '应付账款', 'liability'],
        ['2211', '应付职工薪酬', 'liability'],
        ['4103', '本年利润', 'equity'],
        ['6001', '主营业务收入', 'revenue'],
        ['6401', '主营业务成本', 'expense'],
        ['6602', '管理费用', 'expense'],
      ]) {
        expect(byCode.get(code)).toMatchObject({ nameZh, type });
      }
      expect(byCode.get('1602')).toMatchObject({ normalBalance: 'credit', type: 'asset' });
    });

    it('opens sub-accounts under a parent, refuses bad codes and splitting an account with postings', async () => {
      const created = await as('finance')
        .post('/api/v1/ledger-accounts')
        .send({ parentCode: '1002', code: '100201', nameZh: '银行存款-工商银行', nameEn: 'Bank - ICBC' })
        .expect(201);
      expect(created.headers.location).toBe(`/api/v1/ledger-accounts/${created.body.id}`);
      expect(created.body).toMatchObject({
        code: '100201',
        type: 'asset',
        level: 2,
        isLeaf: true,
        system: false,
      });
      const parent = await as('finance').get('/api/v1/ledger-accounts?codePrefix=1002').expect(200);
      expect(parent.body.data.find((a: { code: string }) => a.code === '1002').isLeaf).toBe(false);
      expectProblem(
        await as('finance')
          .post('/api/v1/ledger-accounts')
          .send({ parentCode: '1002', code: '100201', nameZh: 'x', nameEn: 'x' }),
        409,
        'ACCOUNT_CODE_TAKEN',
      );
      const wrong = expectProblem(
        await as('finance')
          .post('/api/v1/ledger-accounts')
          .send({ parentCode: '1002', code: '100101', nameZh: 'x', nameEn: 'x' }),
        422,
        'ACCOUNT_CODE_NOT_UNDER_PARENT',
      );
      expect(wrong.errors?.[0].field).toBe('code');
      expectProblem(
        await as('finance')
          .post('/api/v1/ledger-accounts')
          .send({ parentCode: 'abc', code: '1', nameZh: '', nameEn: 'x' }),
        400,
        'VALIDATION_FAILED',
      );
      // 1002 now has a sub-account: postings must go to it.
      const parentPosting = expectProblem(
        await draft([
          { accountCode: '1002', debit: 100 },
          { accountCode: '4001', credit: 100 },
        ]),
        422,
        'JOURNAL_ENTRY_INVALID',
      );
      expect(parentPosting.errors?.[0].field).toBe('lines.0.accountCode');
      await posted([
        { accountCode: '6603', debit: 100 },
        { accountCode: '100201', credit: 100 },
      ]);
      expectProblem(
        await as('finance')
          .post('/api/v1/ledger-accounts')
          .send({ parentCode: '6603', code: '660301', nameZh: '财务费用-手续费', nameEn: 'Bank fees' }),
        422,
        'ACCOUNT_HAS_POSTINGS',
      );
      // Renaming keeps the ETag contract; deactivating an account with a balance is refused.
      const renamed = await as('finance')
        .patch(`/api/v1/ledger-accounts/${created.body.id}`)
        .set('If-Match', `"${created.body.version}"`)
        .send({ nameZh: '银行存款-工商银行基本户' })
        .expect(200);
      expect(renamed.headers.etag).toBe(`"${renamed.body.version}"`);
      expectProblem(
        await as('finance')
          .patch(`/api/v1/ledger-accounts/${created.body.id}`)
          .set('If-Match', `"${created.body.version}"`)
          .send({ nameZh: 'x' }),
        412,
        'STALE_VERSION',
      );
      expectProblem(
        await as('finance').patch(`/api/v1/ledger-accounts/${created.body.id}`).send({ active: false }),
        422,
        'ACCOUNT_HAS_BALANCE',
      );
    });
  });

  describe('journal entries', () => {
    it('keeps drafts editable and unnumbered, posts them with a period number, then refuses changes', async () => {
      expectProblem(
        await draft([
          { accountCode: '6602', debit: 1000 },
          { accountCode: '1001', credit: 900 },
        ]),
        422,
        'JOURNAL_ENTRY_INVALID',
      );
      const oneSided = expectProblem(
        await draft([
          { accountCode: '6602', debit: 1000, credit: 1000 },
          { accountCode: '1001', credit: 1000 },
        ]),
        422,
        'JOURNAL_ENTRY_INVALID',
      );
      expect(oneSided.errors?.[0].field).toBe('lines.0');
      expectProblem(
        await draft([{ accountCode: '6602', debit: 1.5 }], { entryDate: '2026-13-01' }),
        400,
        'VALIDATION_FAILED',
      );

      const created = await draft([
        { accountCode: '6602', debit: 12_000, memo: '办公用品' },
        { accountCode: '1001', credit: 12_000 },
      ]).expect(201);
      expect(created.body).toMatchObject({
        status: 'draft',
        number: null,
        totalAmount: 12_000,
        period: month,
      });
      expect(created.headers.location).toBe(`/api/v1/journal-entries/${created.body.id}`);
      const edited = await as('finance')
        .put(`/api/v1/journal-entries/${created.body.id}`)
        .set('If-Match', `"${created.body.version}"`)
        .send({
          entryDate: today,
          description: '报销办公用品',
          lines: [
            { accountCode: '6602', debit: 15_000, memo: '办公用品' },
            { accountCode: '1001', credit: 15_000 },
          ],
        })
        .expect(200);
      expect(edited.body).toMatchObject({ totalAmount: 15_000, description: '报销办公用品' });
      expect(edited.body.lines).toHaveLength(2);
      expect(edited.body.lines[0]).toMatchObject({
        accountCode: '6602',
        accountNameZh: '管理费用',
        debit: 15_000,
      });

      const post = await as('finance')
        .post(`/api/v1/journal-entries/${created.body.id}/post`)
        .set('If-Match', `"${edited.body.version}"`)
        .send({})
        .expect(200);
      expect(post.body.status).toBe('posted');
      expect(post.body.number).toMatch(new RegExp(`^JV-${month.replace('-', '')}-\\d{4}$`));
      expectProblem(
        await as('finance')
          .put(`/api/v1/journal-entries/${created.body.id}`)
          .send({
            entryDate: today,
            description: 'x',
            lines: [
              { accountCode: '6602', debit: 1 },
              { accountCode: '1001', credit: 1 },
            ],
          }),
        422,
        'JOURNAL_ENTRY_POSTED',
      );
      expectProblem(
        await as('finance').delete(`/api/v1/journal-entries/${created.body.id}`),
        422,
        'JOURNAL_ENTRY_POSTED',
      );
      expectProblem(
        await as('finance').post(`/api/v1/journal-entries/${created.body.id}/post`).send({}),
        422,
        'JOURNAL_ENTRY_POSTED',
      );

      const deletable = await draft([
        { accountCode: '6602', debit: 1 },
        { accountCode: '1001', credit: 1 },
      ]).expect(201);
      await as('finance').delete(`/api/v1/journal-entries/${deletable.body.id}`).expect(204);
      expectProblem(
        await as('finance').get(`/api/v1/journal-entries/${deletable.body.id}`),
        404,
        'JOURNAL_ENTRY_NOT_FOUND',
      );
    });

    it('corrects a posted entry by a linked reversal, once', async () => {
      const original = await posted([
        { accountCode: '6601', debit: 8_800 },
        { accountCode: '1001', credit: 8_800 },
      ]);
      const reversal = await as('finance')
        .post(`/api/v1/journal-entries/${original.id}/reverse`)
        .send({ reason: '金额录错' })
        .expect(201);
      expect(reversal.body).toMatchObject({
        status: 'posted',
        reversesId: original.id,
        totalAmount: 8_800,
        source: { type: 'journal_entry', id: original.id, purpose: 'reversal' },
      });
      expect(
        reversal.body.lines.map((l: { accountCode: string; debit: number; credit: number }) => [
          l.accountCode,
          l.debit,
          l.credit,
        ]),
      ).toEqual([
        ['6601', 0, 8_800],
        ['1001', 8_800, 0],
      ]);
      const detail = await as('auditor').get(`/api/v1/journal-entries/${original.id}`).expect(200);
      expect(detail.body.reversedById).toBe(reversal.body.id);
      expectProblem(
        await as('finance').post(`/api/v1/journal-entries/${original.id}/reverse`).send({ reason: '再冲' }),
        422,
        'JOURNAL_ENTRY_NOT_REVERSIBLE',
      );
      expectProblem(
        await as('finance').post(`/api/v1/journal-entries/${reversal.body.id}/reverse`).send({ reason: 'x' }),
        422,
        'JOURNAL_ENTRY_NOT_REVERSIBLE',
      );
    });

    it('lists entries by period, account and source with keyset pages and a fixed number of queries', async () => {
      for (let i = 0; i < 6; i++) {
        await posted([
          { accountCode: '6601', debit: 100 + i },
          { accountCode: '1001', credit: 100 + i },
        ]);
      }
      const pages: string[] = [];
      let cursor: string | null = null;
      do {
        const after: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
        const response = await as('finance')
          .get(`/api/v1/journal-entries?period=${month}&accountCode=6601&limit=3${after}`)
          .expect(200);
        const body = response.body as { data: Array<{ id: string }>; nextCursor: string | null };
        pages.push(...body.data.map((e) => e.id));
        cursor = body.nextCursor;
      } while (cursor);
      expect(new Set(pages).size).toBe(pages.length);
      expect(pages.length).toBeGreaterThanOrEqual(8);
      const bySource = await as('finance')
        .get('/api/v1/journal-entries?sourceType=journal_entry')
        .expect(200);
      expect(
        bySource.body.data.every((e: { source: { purpose: string } }) => e.source.purpose === 'reversal'),
      ).toBe(true);
      const few = await countQueries(w.t, (http) =>
        http(w.people.finance.auth).get('/api/v1/journal-entries?limit=1').expect(200),
      );
      const many = await countQueries(w.t, (http) =>
        http(w.people.finance.auth).get('/api/v1/journal-entries?limit=20').expect(200),
      );
      expect(many.count).toBe(few.count);
      expectProblem(await as('finance').get('/api/v1/journal-entries?sort=amount'), 400, 'VALIDATION_FAILED');
    });

    it('shows an account ledger with a running balance that carries across pages', async () => {
      await as('finance')
        .post('/api/v1/ledger-accounts')
        .send({ parentCode: '1221', code: '122199', nameZh: '其他应收款-测试', nameEn: 'Test receivable' })
        .expect(201);
      await posted([
        { accountCode: '122199', debit: 500 },
        { accountCode: '1001', credit: 500 },
      ]);
      await posted([
        { accountCode: '122199', debit: 300 },
        { accountCode: '1001', credit: 300 },
      ]);
      await posted([
        { accountCode: '1001', debit: 200 },
        { accountCode: '122199', credit: 200 },
      ]);
      const first = await as('auditor')
        .get('/api/v1/journal-entries/account-ledger?accountCode=122199&limit=2')
        .expect(200);
      expect(first.body.openingBalance).toBe(0);
      expect(first.body.data.map((r: { balance: number }) => r.balance)).toEqual([500, 800]);
      const second = await as('auditor')
        .get(
          `/api/v1/journal-entries/account-ledger?accountCode=122199&limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`,
        )
        .expect(200);
      expect(second.body.openingBalance).toBe(800);
      expect(second.body.data.map((r: { balance: number }) => r.balance)).toEqual([600]);
      // The parent account's ledger includes its sub-accounts.
      const parent = await as('auditor')
        .get('/api/v1/journal-entries/account-ledger?accountCode=1221&limit=200')
        .expect(200);
      expect(parent.body.data.at(-1).balance).toBeGreaterThanOrEqual(600);
      expectProblem(
        await as('auditor').get('/api/v1/journal-entries/account-ledger?accountCode=9999'),
        404,
        'ACCOUNT_NOT_FOUND',
      );
    });
  });

  describe('database guarantees', () => {
    it('refuses an unbalanced entry at commit, and any change to a posted entry or line', async () => {
      const [account] = await w.t.dataSource.query(`SELECT id FROM ledger_account WHERE code = '1001'`);
      const runner = w.t.dataSource.createQueryRunner();
      await runner.connect();
      try {
        await runner.startTransaction();
        const [entry] = await runner.query(
          `INSERT INTO journal_entry (number, period, entry_date, status, description, total_amount, posted_at)
           VALUES ('JV-TEST-0001', $1, $2, 'posted', 'unbalanced', 100, now()) RETURNING id`,
          [month, today],
        );
        await runner.query(
          `INSERT INTO journal_line (entry_id, line_no, account_id, debit, entry_date, period, posted)
           VALUES ($1, 1, $2, 100, $3, $4, true)`,
          [entry.id, account.id, today, month],
        );
        await runner.query(
          `INSERT INTO journal_line (entry_id, line_no, account_id, credit, entry_date, period, posted)
           VALUES ($1, 2, $2, 90, $3, $4, true)`,
          [entry.id, account.id, today, month],
        );
        await expect(runner.commitTransaction()).rejects.toThrow(/does not balance/);
      } finally {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        await runner.release();
      }
      const [unbalanced] = await w.t.dataSource.query(
        `SELECT count(*)::int AS n FROM journal_entry WHERE number = 'JV-TEST-0001'`,
      );
      expect(unbalanced.n).toBe(0);

      const entry = await posted([
        { accountCode: '6602', debit: 700 },
        { accountCode: '1001', credit: 700 },
      ]);
      await expect(
        w.t.dataSource.query(`UPDATE journal_line SET debit = 1 WHERE entry_id = $1 AND line_no = 1`, [
          entry.id,
        ]),
      ).rejects.toThrow(/immutable/);
      await expect(
        w.t.dataSource.query(`DELETE FROM journal_line WHERE entry_id = $1`, [entry.id]),
      ).rejects.toThrow(/immutable/);
      await expect(
        w.t.dataSource.query(`UPDATE journal_entry SET description = 'x' WHERE id = $1`, [entry.id]),
      ).rejects.toThrow(/immutable/);
      await expect(
        w.t.dataSource.query(`DELETE FROM journal_entry WHERE id = $1`, [entry.id]),
      ).rejects.toThrow(/immutable/);
      await expect(w.t.dataSource.query(`TRUNCATE journal_line`)).rejects.toThrow();
    });
  });

  describe('posting service', () => {
    const request = (id: string, amount = 2_000) => ({
      source: { type: 'test_document', id, number: `TD-${id}`, purpose: 'test' },
      date: today,
      description: `测试单据 ${id}`,
      lines: [
        { accountCode: '1122', debit: amount },
        { accountCode: '6001', credit: amount },
      ],
    });

    it('posts one entry per source document, however often and however concurrently it is asked', async () => {
      const first = await ledger.post(request('a'));
      const again = await ledger.post(request('a'));
      expect(first.created).toBe(true);
      expect(again.created).toBe(false);
      expect(again.entry.id).toBe(first.entry.id);

      const results = await Promise.all(
        Array.from({ length: 4 }, () => connection.withTransaction(() => ledger.post(request('concurrent')))),
      );
      expect(new Set(results.map((r) => r.entry.id)).size).toBe(1);
      expect(results.filter((r) => r.created)).toHaveLength(1);
      const audits = await w.t.dataSource.query(
        `SELECT action FROM audit_event WHERE entity_type = 'JournalEntry' AND entity_id = $1`,
        [results[0].entry.id],
      );
      expect(audits).toEqual([{ action: 'create' }]);
      const [rows] = await w.t.dataSource.query(
        `SELECT count(*)::int AS n FROM journal_entry WHERE source_type = 'test_document' AND source_id = 'concurrent'`,
      );
      expect(rows.n).toBe(1);
      // Posted numbers have no gaps: the losers of the race took none.
      const numbers: Array<{ number: string }> = await w.t.dataSource.query(
        `SELECT number FROM journal_entry WHERE period = $1 AND status = 'posted' ORDER BY number`,
        [month],
      );
      const sequence = numbers.map((n) => Number(n.number.slice(-4)));
      expect(sequence).toEqual(sequence.map((_, i) => i + 1));
    });

    it('refuses unbalanced automatic postings in code', async () => {
      await expect(
        ledger.post({
          ...request('bad'),
          lines: [
            { accountCode: '1122', debit: 1 },
            { accountCode: '6001', credit: 2 },
          ],
        }),
      ).rejects.toMatchObject({ code: 'JOURNAL_ENTRY_INVALID' });
    });
  });

  describe('periods and reports', () => {
    it('closes months in order, refuses postings into a closed month, and reopens with the GM and an audit row', async () => {
      const entry = (date: string) =>
        draft(
          [
            { accountCode: '6602', debit: 1_000 },
            { accountCode: '1001', credit: 1_000 },
          ],
          { entryDate: date },
        );
      const january = await entry('2024-01-10').expect(201);
      expectProblem(
        await as('finance').post('/api/v1/accounting-periods/2024-01/close').send({}),
        422,
        'PERIOD_HAS_DRAFTS',
      );
      await as('finance').post(`/api/v1/journal-entries/${january.body.id}/post`).send({}).expect(200);
      await entry('2024-02-10')
        .expect(201)
        .then((r) => as('finance').post(`/api/v1/journal-entries/${r.body.id}/post`).send({}).expect(200));
      expectProblem(
        await as('finance').post('/api/v1/accounting-periods/2024-02/close').send({}),
        422,
        'PERIOD_EARLIER_OPEN',
      );
      const closed = await as('finance')
        .post('/api/v1/accounting-periods/2024-01/close')
        .send({})
        .expect(200);
      expect(closed.body).toMatchObject({ code: '2024-01', status: 'closed', entryCount: 1 });
      expectProblem(
        await as('finance').post('/api/v1/accounting-periods/2024-01/close').send({}),
        422,
        'PERIOD_ALREADY_CLOSED',
      );
      const refused = expectProblem(await entry('2024-01-20'), 422, 'PERIOD_CLOSED');
      expect(refused.errors?.[0].field).toBe('entryDate');
      expectProblem(
        await as('finance')
          .post(`/api/v1/journal-entries/${january.body.id}/reverse`)
          .send({ reason: 'x', date: '2024-01-31' }),
        422,
        'PERIOD_CLOSED',
      );

      // A money event dated in the closed month lands in the next open one.
      const late = await ledger.post({
        source: { type: 'test_document', id: 'late', purpose: 'test' },
        date: '2024-01-20',
        description: '迟到的单据',
        lines: [
          { accountCode: '1122', debit: 50 },
          { accountCode: '6001', credit: 50 },
        ],
      });
      expect(late.entry).toMatchObject({ period: '2024-02', entryDate: '2024-02-01' });

      expectProblem(
        await as('generalManager').post('/api/v1/accounting-periods/2024-01/reopen').send({}),
        400,
        'VALIDATION_FAILED',
      );
      const reopened = await as('generalManager')
        .post('/api/v1/accounting-periods/2024-01/reopen')
        .send({ reason: '补记漏记的费用' })
        .expect(200);
      expect(reopened.body).toMatchObject({ status: 'open', reopenReason: '补记漏记的费用' });
      const [audit] = await w.t.dataSource.query(
        `SELECT actor_id, changes FROM audit_event WHERE entity_type = 'AccountingPeriod' AND action = 'reopen' AND entity_id = $1`,
        [reopened.body.id],
      );
      expect(audit.actor_id).toBe(w.people.generalManager.id);
      expect(audit.changes.reason.to).toBe('补记漏记的费用');
      expectProblem(
        await as('generalManager').post('/api/v1/accounting-periods/2024-01/reopen').send({ reason: 'x' }),
        422,
        'PERIOD_NOT_CLOSED',
      );
      expectProblem(await as('finance').get('/api/v1/accounting-periods/2024-13'), 400, 'VALIDATION_FAILED');
      expectProblem(await as('finance').get('/api/v1/accounting-periods/2023-01'), 404, 'PERIOD_NOT_FOUND');
    });

    it('reports a balanced trial balance, a profit and loss, and a balance sheet that balances — also as XLSX', async () => {
      await ledger.post({
        source: { type: 'test_document', id: 'capital', purpose: 'capital' },
        date: today,
        description: '投入资本',
        lines: [
          { accountCode: '100201', debit: 10_000_000 },
          { accountCode: '4001', credit: 10_000_000 },
        ],
      });
      const trial = await as('auditor')
        .get(`/api/v1/ledger-reports/trial-balance?period=${month}`)
        .expect(200);
      expect(trial.body.balanced).toBe(true);
      const t = trial.body.totals;
      expect(t.openingDebit).toBe(t.openingCredit);
      expect(t.debit).toBe(t.credit);
      expect(t.closingDebit).toBe(t.closingCredit);
      const bank = trial.body.rows.find((r: { code: string }) => r.code === '1002');
      const icbc = trial.body.rows.find((r: { code: string }) => r.code === '100201');
      expect(bank.closingDebit).toBe(icbc.closingDebit);

      const pl = await as('generalManager')
        .get(`/api/v1/ledger-reports/income-statement?period=${month}`)
        .expect(200);
      const revenue = pl.body.current.lines.find((l: { key: string }) => l.key === 'revenue').amount;
      expect(revenue).toBeGreaterThan(0);
      expect(pl.body.current.netProfit).toBe(
        pl.body.current.totalProfit -
          pl.body.current.lines.find((l: { key: string }) => l.key === 'incomeTax').amount,
      );

      const sheet = await as('auditor')
        .get(`/api/v1/ledger-reports/balance-sheet?period=${month}`)
        .expect(200);
      expect(sheet.body.balanced).toBe(true);
      expect(sheet.body.closing.assets.total).toBe(sheet.body.closing.liabilitiesAndEquity);
      const capital = sheet.body.closing.equity.lines.find((l: { key: string }) => l.key === 'paidInCapital');
      expect(capital.amount).toBe(10_000_000);

      const xlsx = await as('finance')
        .get(`/api/v1/ledger-reports/trial-balance/xlsx?period=${month}`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(xlsx.headers['content-type']).toContain('spreadsheetml');
      expect(xlsx.headers['content-disposition']).toContain(`trial-balance-${month}.xlsx`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.body);
      const ws = workbook.getWorksheet('科目余额表')!;
      expect(ws.getRow(2).values).toEqual([
        undefined,
        '科目编码',
        '科目名称',
        '期初借方',
        '期初贷方',
        '本期借方',
        '本期贷方',
        '期末借方',
        '期末贷方',
      ]);
      const totalRow = ws.getRow(ws.rowCount);
      expect(totalRow.getCell(2).value).toBe('合计');
      expect(totalRow.getCell(5).value).toBe(t.debit / 100);
      expect(totalRow.getCell(5).numFmt).toContain('0.00');
      for (const report of ['income-statement', 'balance-sheet']) {
        const response = await as('auditor')
          .get(`/api/v1/ledger-reports/${report}/xlsx?period=${month}`)
          .expect(200);
        expect(response.headers['content-type']).toContain('spreadsheetml');
      }
      expectProblem(
        await as('finance').get('/api/v1/ledger-reports/trial-balance?period=2026-13'),
        400,
        'VALIDATION_FAILED',
      );
    });
  });
});
