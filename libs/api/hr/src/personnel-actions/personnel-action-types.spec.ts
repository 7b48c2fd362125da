import { changesProblem } from './personnel-action-types';

const current = { positionId: 'p1', grade: 'P2', salary: 800000 };

describe('personnel action changes by type', () => {
  it('needs what the type changes', () => {
    expect(changesProblem('raise', {}, current)).toEqual(['salary', 'is required for a raise']);
    expect(changesProblem('promotion', {}, current)?.[0]).toBe('positionId');
    expect(changesProblem('promotion', { grade: 'P3' }, current)).toBeNull();
    expect(changesProblem('internal_transfer', { positionId: 'p2' }, current)).toBeNull();
    expect(changesProblem('reward', { amount: 50000 }, current)).toBeNull();
  });

  it('refuses what the type does not take, and changes that change nothing', () => {
    expect(changesProblem('dismissal', { salary: 1 }, current)).toEqual([
      'salary',
      'is not part of a dismissal',
    ]);
    expect(changesProblem('raise', { salary: 800000 }, current)).toEqual(['salary', 'is the current salary']);
    expect(changesProblem('internal_transfer', { positionId: 'p1' }, current)?.[0]).toBe('positionId');
    expect(changesProblem('reward', { amount: 0 }, current)?.[0]).toBe('amount');
    expect(changesProblem('discipline', {}, current)).toBeNull();
  });
});
