import { CONTRACT_STATUSES, nextContractStatus } from './contract-states';

describe('contract states', () => {
  it('follows draft → pending approval → active → expired', () => {
    expect(nextContractStatus('draft', 'submit')).toBe('pending_approval');
    expect(nextContractStatus('pending_approval', 'approve')).toBe('active');
    expect(nextContractStatus('active', 'expire')).toBe('expired');
  });

  it('sends a refused approval back to draft and terminates only drafts and active contracts', () => {
    expect(nextContractStatus('pending_approval', 'refuse')).toBe('draft');
    expect(nextContractStatus('active', 'terminate')).toBe('terminated');
    expect(nextContractStatus('draft', 'terminate')).toBe('terminated');
    expect(nextContractStatus('pending_approval', 'terminate')).toBeNull();
    expect(nextContractStatus('expired', 'terminate')).toBeNull();
  });

  it('edits drafts only; nothing leaves a terminated or expired contract', () => {
    for (const status of CONTRACT_STATUSES)
      expect(nextContractStatus(status, 'edit')).toBe(status === 'draft' ? 'draft' : null);
    for (const action of ['edit', 'submit', 'approve', 'refuse', 'expire', 'terminate'] as const) {
      expect(nextContractStatus('terminated', action)).toBeNull();
      expect(nextContractStatus('expired', action)).toBeNull();
    }
  });
});
