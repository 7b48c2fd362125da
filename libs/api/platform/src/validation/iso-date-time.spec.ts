import { plainToInstance } from 'class-transformer';
import { IsDate, IsOptional, validateSync } from 'class-validator';
import { IsoDateTime } from './iso-date-time';

class Window {
  @IsOptional()
  @IsoDateTime()
  @IsDate()
  at?: Date;
}

const errorsFor = (at: unknown) =>
  validateSync(plainToInstance(Window, { at })).map((error) => error.property);

describe('IsoDateTime', () => {
  it('reads ISO-8601 date-times and dates into Dates', () => {
    const read = plainToInstance(Window, { at: '2026-11-29T09:30:00+08:00' });
    expect(read.at).toEqual(new Date('2026-11-29T01:30:00Z'));
    expect(errorsFor('2026-11-29T01:30:00.000Z')).toEqual([]);
    expect(errorsFor('2026-11-29')).toEqual([]);
  });

  it.each([0, 1764400000000, true, '1764400000000', '2026-02-30', 'tomorrow', '', {}, []])(
    'refuses %p instead of reading it as some moment',
    (value) => {
      expect(errorsFor(value)).toEqual(['at']);
    },
  );

  it('leaves an absent value absent', () => {
    expect(errorsFor(undefined)).toEqual([]);
  });
});
