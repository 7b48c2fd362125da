import { describe, expect, it } from 'vitest';
import { en } from './locales/en';
import { zhCN } from './locales/zh-CN';

function flatten(tree: object, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [nested, text] of flatten(value as object, path)) entries.set(nested, text);
  }
  return entries;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const chinese = flatten(zhCN);
  const english = flatten(en);

  it('has every key in both zh-CN and English, and no other', () => {
    expect([...english.keys()].sort()).toEqual([...chinese.keys()].sort());
  });

  it('has no empty text', () => {
    const empty = [...chinese, ...english].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('uses the same {{placeholders}} in both languages', () => {
    const mismatched = [...chinese.keys()].filter(
      (key) => placeholders(chinese.get(key)!).join() !== placeholders(english.get(key) ?? '').join(),
    );
    expect(mismatched).toEqual([]);
  });
});
