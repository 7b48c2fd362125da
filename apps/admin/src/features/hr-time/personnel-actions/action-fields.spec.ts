import { describe, expect, it } from 'vitest';
import { fieldsFor } from './action-fields';

describe('personnel action form fields', () => {
  it('asks a raise for the new salary only', () => {
    expect(fieldsFor('raise')).toEqual([{ field: 'salary', required: true }]);
  });

  it('asks a promotion for position and grade, salary optional', () => {
    expect(fieldsFor('promotion')).toEqual([
      { field: 'positionId', required: true },
      { field: 'grade', required: true },
      { field: 'salary', required: false },
    ]);
  });

  it('asks a departure for nothing but the date and reason', () => {
    expect(fieldsFor('resignation')).toEqual([]);
  });
});
