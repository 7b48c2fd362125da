import { maskEmail, maskPersonName, maskPhone } from './masking';

describe('masking personal data', () => {
  it('keeps the first three and last four digits of a phone', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('123')).toBe('****');
  });

  it('keeps only the family name of a person', () => {
    expect(maskPersonName('张三丰')).toBe('张**');
    expect(maskPersonName('李四')).toBe('李*');
    expect(maskPersonName('王')).toBe('王*');
    expect(maskPersonName('欧阳娜娜娜')).toBe('欧**');
    expect(maskPersonName('')).toBe('');
  });

  it('keeps the first letter and the domain of an email', () => {
    expect(maskEmail('zhang.san@example.com')).toBe('z***@example.com');
    expect(maskEmail('broken')).toBe('***');
  });
});
