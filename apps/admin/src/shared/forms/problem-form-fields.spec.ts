import { describe, expect, it } from 'vitest';
import { problemOnForm } from './problem-form-fields';

describe('problemOnForm', () => {
  it('puts each field error under its form field', () => {
    const result = problemOnForm({ errors: [{ field: 'code', message: 'GD-GZ is already used' }] }, [
      'code',
      'name',
    ]);
    expect(result).toEqual({
      fields: [{ name: ['code'], errors: ['GD-GZ is already used'] }],
      unmatched: [],
    });
  });

  it('gathers several messages for one field, without repeating one', () => {
    const result = problemOnForm(
      {
        errors: [
          { field: 'name', message: 'name must not be empty' },
          { field: 'name', message: 'name must be shorter' },
          { field: 'name', message: 'name must not be empty' },
        ],
      },
      ['name'],
    );
    expect(result.fields).toEqual([
      { name: ['name'], errors: ['name must not be empty', 'name must be shorter'] },
    ]);
  });

  it('keeps errors the form has no field for, so they can be shown elsewhere', () => {
    const result = problemOnForm({ errors: [{ field: 'status', message: 'archive the children first' }] }, [
      'code',
    ]);
    expect(result.fields).toEqual([]);
    expect(result.unmatched).toEqual([{ field: 'status', message: 'archive the children first' }]);
  });

  it('turns a dotted field into a nested form path', () => {
    const result = problemOnForm({ errors: [{ field: 'address.city', message: 'required' }] }, ['address']);
    expect(result.fields).toEqual([{ name: ['address', 'city'], errors: ['required'] }]);
  });

  it('lets the caller word the message (e.g. translated)', () => {
    const result = problemOnForm(
      { errors: [{ field: 'code', message: 'taken' }] },
      ['code'],
      () => '编码已被使用',
    );
    expect(result.fields[0]!.errors).toEqual(['编码已被使用']);
  });

  it('gives nothing for a problem without field errors', () => {
    expect(problemOnForm({ errors: [] }, ['code'])).toEqual({ fields: [], unmatched: [] });
  });
});
