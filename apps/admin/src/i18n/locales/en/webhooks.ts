import type { Translation } from '../translation';

export const webhooks: Translation['webhooks'] = {
  title: 'Webhooks',
  subtitle:
    "Partners' systems (logistics, payment, franchisees) subscribe to Zhanggui's business events: when one happens, Zhanggui signs it and POSTs it to their URL.",
  create: 'New subscription',
  columns: {
    name: 'Name',
    url: 'URL',
    eventTypes: 'Event types',
    status: 'Status',
    createdAt: 'Created',
  },
  statuses: {
    active: 'Active',
    paused: 'Paused',
  },
  empty: 'There are no webhook subscriptions yet.',
  eventTypes: {
    all: 'Every event',
    OrgUnitCreated: 'Org unit created',
    OrgUnitUpdated: 'Org unit changed',
    ApprovalDecided: 'Approval over (approved, rejected or cancelled)',
  },
  form: {
    createTitle: 'New webhook subscription',
    name: 'Name',
    nameHint: 'Say who receives it, e.g. "SF Express logistics"',
    nameRequired: 'Enter a name',
    nameTooLong: 'At most 100 characters',
    url: 'URL',
    urlHint: "The receiver's public http(s) address; private and local addresses are refused.",
    urlRequired: 'Enter the URL',
    urlInvalid: 'Enter a whole address starting with http:// or https://',
    eventTypes: 'Event types',
    eventTypesHint:
      'Pick from the list, or type another event name (PascalCase, e.g. OrderShipped) and press Enter; * means every event.',
    eventTypesRequired: 'Choose at least one event type',
    eventTypesInvalid: 'Event names must be PascalCase (OrderShipped) or *: {{types}}',
    submit: 'Create subscription',
    saved: 'Saved "{{name}}"',
    unchanged: 'Nothing to save',
    staleTitle: 'Someone else just changed this subscription',
    staleText: 'The form now shows the latest version; check it and save again.',
  },
  secret: {
    title: 'Save the signing secret now',
    warning:
      'This is the only time the signing secret is shown. Once closed it cannot be seen again; if it is lost, create a new subscription and pause the old one.',
    secretFor: 'The signing secret of "{{name}}"',
    hint: 'Hand it to the receiver safely: they check the Zhanggui-Signature of every delivery with it.',
    done: 'I have saved the secret',
  },
  detail: {
    deliveries: 'Deliveries',
    settings: 'Settings',
    history: 'History',
  },
  actions: {
    pause: 'Pause',
    resume: 'Resume',
    pauseTitle: 'Pause "{{name}}"?',
    pauseText:
      'Events that happen while it is paused are not delivered to it, not even after resuming; deliveries still on their way are marked failed (they can be replayed).',
    paused: 'Paused "{{name}}"',
    resumed: 'Resumed "{{name}}"',
    ping: 'Send test event',
    pingSent: 'Test event queued for delivery',
    pingWhilePaused: 'The subscription is paused; resume it to send a test event',
  },
  deliveries: {
    columns: {
      createdAt: 'Time',
      event: 'Event',
      status: 'Status',
      attempts: 'Attempts',
      response: 'Last response',
      lastAttemptAt: 'Last attempt',
      deliveredAt: 'Delivered',
      actions: 'Actions',
    },
    statuses: {
      pending: 'Pending',
      retrying: 'Retrying',
      succeeded: 'Succeeded',
      failed: 'Failed',
    },
    empty: 'Nothing delivered yet. Try "Send test event".',
    replay: 'Replay',
    replayed: 'Replay queued for delivery',
    replayOf: 'Replay',
    durationMs: '{{ms}} ms',
    autoRefresh: 'Some deliveries are still on their way; the log refreshes by itself',
  },
  signature: {
    title: 'How receivers verify the signature',
    intro:
      'Every delivery is a JSON POST ({ id, type, occurredAt, data }) with the headers Zhanggui-Event (the event type), Zhanggui-Delivery (the delivery id) and Zhanggui-Signature. The receiver should:',
    step1: 'take t and v1 from Zhanggui-Signature: t=<unix seconds>,v1=<hex signature>;',
    step2:
      'compute the hex HMAC-SHA256 of the string "<t>.<raw body>" with the signing secret and compare it with v1 in constant time, refusing the request if they differ;',
    step3:
      'refuse requests whose t is more than 5 minutes from now, so old deliveries cannot be replayed by others;',
    step4: 'ignore an event id (the body’s id) it has already handled: a replay sends the same event again;',
    step5:
      'answer 2xx within 10 seconds; otherwise Zhanggui retries with backoff, and marks the delivery failed after about a day.',
    example: 'Example (Node.js):',
  },
};
