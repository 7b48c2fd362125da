import type { Translation } from '../translation';

export const apiKeys: Translation['apiKeys'] = {
  title: 'API keys',
  subtitle:
    "The website's and partners' systems (logistics, payment, franchisees) call the API with a key; each key holds only the permissions granted when it was made.",
  create: 'New key',
  columns: {
    name: 'Name',
    prefix: 'Key prefix',
    permissions: 'Permissions',
    scope: 'Data scope',
    expiresAt: 'Expires',
    lastUsedAt: 'Last used',
    status: 'Status',
    createdAt: 'Created',
    actions: 'Actions',
  },
  statuses: {
    active: 'Active',
    expired: 'Expired',
    revoked: 'Revoked',
  },
  neverExpires: 'Never',
  neverUsed: 'Never used',
  empty: 'There are no API keys yet.',
  revoke: 'Revoke',
  revokeConfirm:
    'Revoke "{{name}}"? Systems using it are refused from the next call on; this cannot be undone.',
  revoked: 'Revoked "{{name}}"',
  form: {
    createTitle: 'New API key',
    name: 'Name',
    nameHint: 'Say who uses it, e.g. "Website" or "SF Express logistics"',
    nameRequired: 'Enter a name',
    permissions: 'Permissions',
    permissionsRequired: 'Choose at least one permission',
    scope: 'Data scope',
    scopeHint: 'Only data of this unit and the units under it; leave empty for the whole company.',
    expiresOn: 'Expires on',
    expiresOnHint: 'It stops working at the end of that day; leave empty to keep it until it is revoked.',
    expiresInPast: 'The expiry date cannot be before today',
    submit: 'Create key',
  },
  secret: {
    title: 'Save this key now',
    warning:
      'This is the only time the whole key is shown. Once closed it cannot be seen again; if it is lost, revoke it and make a new one.',
    keyFor: 'The key for "{{name}}"',
    done: 'I have saved the key',
  },
};
