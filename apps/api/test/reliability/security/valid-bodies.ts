import { SOME_ID } from './routes';

/**
 * A body that passes validation for each record route that requires one. Sent `{}`, these routes answered 400
 * for the record and for an absent id alike, before the service ever looked the record up, so the check proved
 * nothing about scope. With a valid body the request reaches the lookup: the outsider must get the absent id's
 * 404, and a body that got through would change territory A's record (the suite compares it afterwards).
 */
export const VALID_BODIES: Record<string, object> = {
  'post /api/v1/campaigns/:id/status': { status: 'cancelled', note: '越权' },
  'post /api/v1/campaigns/:id/visits': { date: '2026-11-01', visits: 10 },
  'post /api/v1/candidates/:id/hire': { hireDate: '2026-12-01', probationMonths: 3 },
  'post /api/v1/candidates/:id/notes': { note: '越权' },
  'post /api/v1/candidates/:id/stage': { stage: 'screening' },
  'post /api/v1/cod-remittances/:id/discrepancy/notes': { note: '越权' },
  'post /api/v1/cod-remittances/:id/discrepancy/resolve': { resolution: 'written_off', note: '越权' },
  'post /api/v1/cod-remittances/:id/hand-in': { amount: 100 },
  'post /api/v1/customers/:id/addresses': {
    provinceCode: '440000',
    cityCode: '440100',
    detail: '越权路 1 号',
    recipientName: '收件人',
    recipientPhone: '13900000000',
  },
  'post /api/v1/customers/:id/merge': { intoCustomerId: SOME_ID },
  'post /api/v1/employees/:id/positions': { positionId: SOME_ID, startedOn: '2026-12-01' },
  'post /api/v1/employees/:id/positions/:heldId/end': { endedOn: '2026-12-01' },
  'post /api/v1/expense-claims/:id/reject': { reason: '越权' },
  'post /api/v1/expense-claims/:id/return': { reason: '越权' },
  'post /api/v1/franchise-partners/:id/stage': { stage: 'talks' },
  'post /api/v1/labour-contracts/:id/renewal': { type: 'open_ended', probationMonths: 0 },
  'post /api/v1/labour-contracts/:id/termination': { terminatedOn: '2026-12-01', reason: '越权' },
  'post /api/v1/meetings/:id/action-items': { title: '越权', ownerEmployeeId: SOME_ID, dueOn: '2026-12-01' },
  'post /api/v1/orders/:id/cancel': { reason: '越权' },
  'post /api/v1/orders/:id/cod-collection': { amount: 100 },
  'post /api/v1/orders/:id/notes': { text: '越权', internal: true },
  'post /api/v1/orders/:id/rebate-redemptions': { amount: 1 },
  'post /api/v1/orders/:id/ship': { carrier: '顺丰速运', trackingNumber: 'SF0001', courierUserId: SOME_ID },
  'post /api/v1/returns/:id/exchange': { carrier: '顺丰速运', trackingNumber: 'SF0002' },
  'post /api/v1/returns/:id/inspect': { lines: [{ returnLineId: SOME_ID, disposition: 'restock' }] },
  'post /api/v1/returns/:id/reject': { reason: '越权' },
  'post /api/v1/tickets/:id/messages': { kind: 'note', body: '越权' },
  'post /api/v1/tickets/:id/render-answer': { standardAnswerId: SOME_ID },
  'post /api/v1/tickets/:id/satisfaction': { score: 5 },
  'post /api/v1/tickets/:id/transition': { status: 'closed' },
  'post /api/v1/users/:id/password': { password: 'another long enough passphrase' },
  'put /api/v1/appraisals/:id/calibration': { finalGrade: 'A', reason: '越权' },
  'put /api/v1/appraisals/:id/manager-review': { scores: [{ code: 'sales', score: 90 }] },
  'put /api/v1/appraisals/:id/self-review': { scores: [{ code: 'sales', score: 90 }] },
  'put /api/v1/customers/:id/marketing-consent': { granted: true, channel: 'phone' },
  'put /api/v1/meetings/:id/minutes': { minutes: '越权' },
  'put /api/v1/sales-targets/:id/allocations/:unitId': { children: [{ orgUnitId: SOME_ID, amount: 1 }] },
  'put /api/v1/users/:id/roles': { roles: [{ role: 'editor', orgUnitId: null }] },
};

/** Record routes that take a multipart upload (field `file`, an image): the query each needs beside the file. */
export const UPLOADS: Record<string, Record<string, string>> = {
  'post /api/v1/employees/:id/documents': { kind: 'diploma', title: '学位证书', confidentiality: 'internal' },
  'post /api/v1/expense-claims/:id/attachments': {},
  'post /api/v1/tickets/:id/attachments': {},
  'post /api/v1/campaigns/:id/assets': {},
};
