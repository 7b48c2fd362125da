import { describe, expect, it } from 'vitest';
import { moveForDrop, moveNeeds } from './franchise-stages';

describe('franchise moves', () => {
  it('asks a reason to drop a partner and a contract number to sign one that has none', () => {
    expect(moveNeeds({ contractNumber: null }, 'talks')).toBe('nothing');
    expect(moveNeeds({ contractNumber: null }, 'lost')).toBe('reason');
    expect(moveNeeds({ contractNumber: null }, 'contract')).toBe('contractNumber');
    expect(moveNeeds({ contractNumber: 'HT-2026-0042' }, 'contract')).toBe('nothing');
  });

  it('lets a card drop only on a column the API offers', () => {
    expect(moveForDrop({ nextStages: ['talks', 'lost'] }, 'talks')).toBe('talks');
    expect(moveForDrop({ nextStages: ['talks', 'lost'] }, 'active')).toBeUndefined();
  });
});
