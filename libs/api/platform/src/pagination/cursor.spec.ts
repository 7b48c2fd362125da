import fc from 'fast-check';
import { decodeCursor, encodeCursor, InvalidCursorError } from './cursor';

describe('cursors', () => {
  it('round-trip any sort key and id', () => {
    fc.assert(
      fc.property(fc.string(), fc.oneof(fc.string(), fc.integer()), fc.uuid(), (sort, key, id) => {
        expect(decodeCursor(encodeCursor(sort, [key, id]), sort, 2)).toEqual([key, id]);
      }),
    );
  });

  it('refuse anything we did not issue', () => {
    for (const forged of [
      'garbage',
      Buffer.from('{"s":"name","v":[{}]}').toString('base64url'),
      '',
      'eyJ9',
    ]) {
      expect(() => decodeCursor(forged, 'name', 2)).toThrow(InvalidCursorError);
    }
  });

  it('refuse a cursor made for another sort or shape', () => {
    expect(() => decodeCursor(encodeCursor('name', ['a', 'id']), 'code', 2)).toThrow(/made for sort "name"/);
    expect(() => decodeCursor(encodeCursor('name', ['a', 'id']), 'name', 1)).toThrow(InvalidCursorError);
  });
});
