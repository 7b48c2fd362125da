import { sanitizeDescription } from './rich-text';

describe('product description sanitising', () => {
  it('keeps formatting and safe links', () => {
    expect(
      sanitizeDescription(
        '<h2>卖点</h2><p><strong>超薄</strong> 手机壳</p><a href="https://example.com">官网</a>',
      ),
    ).toBe(
      '<h2>卖点</h2><p><strong>超薄</strong> 手机壳</p><a href="https://example.com" rel="noopener nofollow">官网</a>',
    );
  });

  it.each([
    ['<script>alert(1)</script>', ''],
    ['<p onclick="steal()">x</p>', '<p>x</p>'],
    ['<a href="javascript:alert(1)">x</a>', '<a rel="noopener nofollow">x</a>'],
    ['<img src="data:image/png;base64,AAAA" onerror="x()">', '<img />'],
    ['<iframe src="https://evil.example"></iframe>', ''],
    ['<p style="background:url(javascript:x)">x</p>', '<p>x</p>'],
    ['<svg><script>alert(1)</script></svg>', ''],
  ])('removes what could run: %s', (input, expected) => {
    expect(sanitizeDescription(input)).toBe(expected);
  });
});
