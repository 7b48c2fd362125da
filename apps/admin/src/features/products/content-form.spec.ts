import { describe, expect, it } from 'vitest';
import { contentFormValuesOf, contentInputOf, wasSanitised } from './content-form';

describe('content form', () => {
  it('keeps one selling point per line, dropping blank lines', () => {
    expect(
      contentInputOf({
        title: ' 超薄手机壳 ',
        sellingPoints: '0.8mm 超薄\n\n 防指纹 \n',
        descriptionHtml: '<p>x</p>',
      }),
    ).toEqual({
      title: '超薄手机壳',
      sellingPoints: ['0.8mm 超薄', '防指纹'],
      descriptionHtml: '<p>x</p>',
    });
  });

  it('starts empty for a language without copy', () => {
    expect(contentFormValuesOf(undefined)).toEqual({ title: '', sellingPoints: '', descriptionHtml: '' });
  });

  it('notices when the stored description lost markup', () => {
    expect(wasSanitised('<p>好</p><script>alert(1)</script>', '<p>好</p>')).toBe(true);
    expect(wasSanitised('<p>好</p>\n', '<p>好</p>')).toBe(false);
  });
});
