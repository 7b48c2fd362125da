import { changesOfCreate, changesOfDelete, changesOfUpdate } from './audit-changes';

describe('audit change sets', () => {
  it('records the created values, without bookkeeping columns', () => {
    expect(
      changesOfCreate({ name: '广州市', version: 1, createdAt: new Date(0) }, [
        'name',
        'version',
        'createdAt',
      ]),
    ).toEqual({
      name: { to: '广州市' },
    });
  });

  it('records only what changed, before and after', () => {
    const at = new Date('2026-11-27T00:00:00.000Z');
    expect(
      changesOfUpdate({ name: 'a', code: 'X', seenAt: null }, { name: 'b', code: 'X', seenAt: at }, [
        'name',
        'code',
        'seenAt',
      ]),
    ).toEqual({ name: { from: 'a', to: 'b' }, seenAt: { from: null, to: '2026-11-27T00:00:00.000Z' } });
  });

  it('never records secrets, only that they changed', () => {
    expect(changesOfUpdate({ passwordHash: 'old' }, { passwordHash: 'new' }, ['passwordHash'])).toEqual({
      passwordHash: { redacted: true },
    });
    expect(changesOfCreate({ secretHash: 'x', apiToken: 'y' }, ['secretHash', 'apiToken'])).toEqual({
      secretHash: { redacted: true },
      apiToken: { redacted: true },
    });
    expect(JSON.stringify(changesOfDelete({ passwordHash: 'old' }, ['passwordHash']))).not.toContain('old');
  });
});
