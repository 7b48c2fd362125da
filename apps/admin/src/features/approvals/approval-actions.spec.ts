import { describe, expect, it } from 'vitest';
import { APPROVER_ID, fakeApproval, REQUESTER_ID } from './approval-fixtures';
import { approvalActions } from './approval-actions';

const request = fakeApproval();
const inInbox = new Set([request.id]);
const OTHER_ID = '0190a0b0-0000-7000-8000-0000000000c9';

describe('approvalActions', () => {
  it('offers approve and reject when the inbox holds the request', () => {
    expect(approvalActions(request, APPROVER_ID, inInbox)).toEqual({ canDecide: true, canCancel: false });
  });

  it('offers no decision when the inbox does not hold it, whatever the user’s roles look like', () => {
    expect(approvalActions(request, OTHER_ID, new Set())).toEqual({ canDecide: false, canCancel: false });
  });

  it('offers no decision while the inbox is not known yet', () => {
    expect(approvalActions(request, APPROVER_ID, undefined).canDecide).toBe(false);
  });

  it('offers the requester cancel, and never a decision on their own request', () => {
    // Even if an inbox ever listed it, deciding one's own request is refused (SELF_APPROVAL).
    expect(approvalActions(request, REQUESTER_ID, inInbox)).toEqual({ canDecide: false, canCancel: true });
  });

  it('offers nothing once the request is over', () => {
    for (const status of ['approved', 'rejected', 'cancelled'] as const) {
      const finished = fakeApproval({ status });
      expect(approvalActions(finished, APPROVER_ID, inInbox)).toEqual({ canDecide: false, canCancel: false });
      expect(approvalActions(finished, REQUESTER_ID, inInbox)).toEqual({
        canDecide: false,
        canCancel: false,
      });
    }
  });
});
