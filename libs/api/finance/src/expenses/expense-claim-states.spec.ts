import { nextClaimStatus } from './expense-claim-states';

describe('expense claim states', () => {
  it('goes draft → submitted → approved → paid', () => {
    expect(nextClaimStatus('draft', 'submit')).toBe('submitted');
    expect(nextClaimStatus('submitted', 'approve')).toBe('approved');
    expect(nextClaimStatus('approved', 'pay')).toBe('paid');
  });

  it('lets a returned claim be edited and submitted again, never a rejected or paid one', () => {
    expect(nextClaimStatus('returned', 'edit')).toBe('returned');
    expect(nextClaimStatus('returned', 'submit')).toBe('submitted');
    expect(nextClaimStatus('rejected', 'submit')).toBeNull();
    expect(nextClaimStatus('paid', 'edit')).toBeNull();
    expect(nextClaimStatus('submitted', 'edit')).toBeNull();
    expect(nextClaimStatus('approved', 'approve')).toBeNull();
    expect(nextClaimStatus('draft', 'pay')).toBeNull();
  });
});
