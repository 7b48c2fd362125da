/**
 * What customers publish (outbox → other departments and partners' webhooks). Personal data stays out of
 * events: a subscriber that needs the phone reads the customer through CustomersService.
 */
export const CUSTOMER_REGISTERED = 'CustomerRegistered';
export const CUSTOMERS_MERGED = 'CustomersMerged';

export interface CustomerRegisteredPayload extends Record<string, unknown> {
  customerId: string;
  number: string;
  source: string;
  territoryId: string | null;
}

export interface CustomersMergedPayload extends Record<string, unknown> {
  /** The duplicate, now `merged`. */
  customerId: string;
  intoCustomerId: string;
}
