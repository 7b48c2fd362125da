import { normalizeMobilePhone } from './phone';

describe('normalizeMobilePhone', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['+8613812345678', '13812345678'],
    ['0086-138-1234-5678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['１３８１２３４５６７８', '13812345678'],
    ['(+86) 199-0000-1111', '19900001111'],
  ])('reads %s as %s', (input, expected) => {
    expect(normalizeMobilePhone(input)).toBe(expected);
  });

  it.each(['', '1381234567', '138123456789', '12812345678', '020-12345678', '+1 415 555 0100', 'abc'])(
    'refuses %j',
    (input) => {
      expect(normalizeMobilePhone(input)).toBeNull();
    },
  );
});
