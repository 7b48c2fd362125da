import type { Translation } from '../translation';

export const approvals: Translation['approvals'] = {
  title: 'Approvals',
  subtitle:
    'Approvals of prices, purchases, HR and more in one place: decide the requests waiting for you, and follow the ones you asked for.',
  tabs: {
    inbox: 'Waiting for me',
    mine: 'Asked by me',
    all: 'All',
  },
  filters: {
    status: 'Status',
    anyStatus: 'All statuses',
  },
  columns: {
    number: 'Number',
    title: 'Title',
    subjectType: 'Type',
    requestedBy: 'Requested by',
    status: 'Status',
    currentStep: 'Current step',
    createdAt: 'Requested',
  },
  statuses: {
    pending: 'Pending',
    approved: 'Approved',
    rejected: 'Rejected',
    cancelled: 'Cancelled',
  },
  subjectTypes: {
    sku_price: 'Below-margin price',
  },
  empty: {
    inbox: 'Nothing is waiting for your approval.',
    mine: 'You have not asked for any approval yet.',
    all: 'There are no approval requests in the company yet.',
    filtered: 'No requests match these filters.',
  },
  detail: {
    title: 'Approval {{number}}',
    subject: 'Subject',
    orgUnit: 'Org unit',
    summary: 'Summary',
    requestedBy: 'Requested by',
    createdAt: 'Requested',
    finishedAt: 'Finished',
    chain: 'Approval chain',
  },
  step: {
    title: 'Step {{position}}',
    approved: 'Approved',
    rejected: 'Rejected',
    current: 'Waiting for a decision',
    upcoming: 'Not yet',
    cancelled: 'Cancelled at this step',
    notReached: 'Not reached',
  },
  decide: {
    title: 'Your decision',
    comment: 'Comment',
    commentPlaceholder: 'Optional; when rejecting, say why: the requester will read it',
    commentRequired: 'Say why you reject it',
    approve: 'Approve',
    reject: 'Reject',
    approved: 'Approved {{number}}',
    rejected: 'Rejected {{number}}',
  },
  cancel: {
    button: 'Cancel request',
    confirm: 'Cancel {{number}}? The approval ends here; this cannot be undone.',
    done: 'Cancelled {{number}}',
  },
};
