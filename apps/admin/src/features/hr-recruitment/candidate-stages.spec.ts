import { describe, expect, it } from 'vitest';
import { columnOf, moveForDrop, nextStages } from './candidate-stages';

describe('candidate stages', () => {
  it('moves forward one stage or skips screening, and out from any open stage', () => {
    expect(nextStages('applied')).toEqual(['screening', 'interview', 'rejected', 'withdrawn']);
    expect(nextStages('interview')).toContain('offer');
    expect(nextStages('hired')).toEqual([]);
  });

  it('turns a drop on a column into the move the pipeline allows, or none', () => {
    expect(moveForDrop('interview', 'offer')).toBe('offer');
    expect(moveForDrop('applied', 'offer')).toBeUndefined();
    expect(moveForDrop('offer', 'hired')).toBeUndefined();
    expect(moveForDrop('screening', 'out')).toBe('rejected');
    expect(moveForDrop('rejected', 'out')).toBeUndefined();
  });

  it('puts rejected and withdrawn candidates in one column', () => {
    expect(columnOf('withdrawn')).toBe('out');
    expect(columnOf('offer')).toBe('offer');
  });
});
