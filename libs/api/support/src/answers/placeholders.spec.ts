import { renderTemplate, unknownPlaceholders, yuan } from './placeholders';

describe('standard-answer placeholders', () => {
  it('fills what it knows and reports what it could not fill', () => {
    expect(
      renderTemplate(
        '{{customerName}}您好，订单{{ orderNumber }}已由{{carrier}}发出，单号{{trackingNumber}}。',
        {
          customerName: '张伟',
          orderNumber: 'SO-20261127-0001',
          carrier: '顺丰速运',
          trackingNumber: null,
        },
      ),
    ).toEqual({
      body: '张伟您好，订单SO-20261127-0001已由顺丰速运发出，单号{{trackingNumber}}。',
      missing: ['trackingNumber'],
    });
  });

  it('names placeholders nobody fills', () => {
    expect(unknownPlaceholders('{{customerName}} {{couponCode}}')).toEqual(['couponCode']);
  });

  it('writes money in yuan', () => {
    expect(yuan(19900)).toBe('¥199.00');
  });
});
