/**
 * Every resource with `/:id`-style routes that the object-level suite does not create a record for, and why.
 * The suite fails when a new resource appears in neither this list nor a factory list (FACTORIES, MORE_FACTORIES,
 * KEYED_FACTORIES), so each one gets a decision.
 */
const COMPANY_WIDE =
  'not limited by org unit: whoever holds the permission works on every record (function-level matrix covers it)';
const MASTER_DATA = 'company master data, the same for every territory';
const INTEGRATION = 'integration and administration settings, held by administrators company-wide';

export const NOT_COVERED: Record<string, string> = {
  // The company's own records by design; the territory's part of them is driven by a case of its own.
  shifts:
    'a shift is company master data (09:00–18:00 is the same everywhere); who works it is limited to the caller’s units, driven by its own case',
  'appraisal-cycles':
    'a cycle is the company’s (one calendar for everyone, run by HR); its counts and results are limited to the caller’s units, driven by its own case',
  'commission-runs':
    'a run is the company’s month (once per month); its lines are limited to the caller’s territory, driven by its own case',
  'kpi-templates':
    'a KPI template belongs to a position, and positions are company master data (not scoped by org unit): whoever keeps positions keeps their templates',
  'attendance-months':
    'a month is the company’s calendar (expected days, whether payroll locked it): the lock freezes every unit at once, so it is not a territory’s record',
  // Tickets are limited by person, not org unit: an agent sees their own and their queues' tickets.
  tickets: 'limited to the agent’s own and their queues’ tickets (not by org unit); driven by its own case',
  'follow-up-visits':
    'limited like tickets (the agent’s own and their queues’ visits); driven by its own case',
  'ticket-attachments':
    'limited like their ticket (agent and queue, not org unit); driven by the tickets case',
  // Department-wide by permission.
  'purchase-orders': COMPANY_WIDE,
  'goods-receipts': COMPANY_WIDE,
  'supplier-invoices': COMPANY_WIDE,
  tenders: COMPANY_WIDE,
  'tender-quotes': COMPANY_WIDE,
  'tender-quote-attachments': COMPANY_WIDE,
  'purchase-lists': COMPANY_WIDE,
  'key-account-candidates': COMPANY_WIDE,
  'journal-entries': COMPANY_WIDE,
  payables: COMPANY_WIDE,
  'supplier-statements': COMPANY_WIDE,
  'payment-runs': COMPANY_WIDE,
  'fixed-assets': COMPANY_WIDE,
  contracts: COMPANY_WIDE,
  'contract-attachments': COMPANY_WIDE,
  'website-reconciliation': COMPANY_WIDE,
  'cod-reconciliation': COMPANY_WIDE,
  'approval-requests': COMPANY_WIDE,
  'company-documents': COMPANY_WIDE,
  'campaign-assets': 'limited like their campaign (its territories); driven by its own case, no read by id',
  'site-content-items': COMPANY_WIDE,
  // Master data.
  'org-units': MASTER_DATA,
  categories: MASTER_DATA,
  brands: MASTER_DATA,
  products: MASTER_DATA,
  skus: MASTER_DATA,
  'product-images': MASTER_DATA,
  promotions: MASTER_DATA,
  suppliers: MASTER_DATA,
  'member-levels': MASTER_DATA,
  'territory-cities': MASTER_DATA,
  'support-queues': MASTER_DATA,
  'sla-policies': MASTER_DATA,
  'standard-answers': MASTER_DATA,
  'kb-articles': MASTER_DATA,
  'follow-up-rules': MASTER_DATA,
  positions: MASTER_DATA,
  'hr-approval-chains': MASTER_DATA,
  'work-calendar': MASTER_DATA,
  'ledger-accounts': MASTER_DATA,
  'accounting-periods': MASTER_DATA,
  'sales-territories': MASTER_DATA,
  'commission-plans': MASTER_DATA,
  'social-insurance-rules': MASTER_DATA,
  // Integration.
  'api-keys': INTEGRATION,
  'webhook-subscriptions': INTEGRATION,
  'webhook-deliveries': INTEGRATION,
};
