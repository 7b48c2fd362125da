export { SupportModule } from './support.module';
export { TicketDashboardFiguresService } from './tickets/ticket-dashboard-figures.service';
export {
  FOLLOW_UP_COMPLETED,
  KEY_ACCOUNT_CONFIRMED,
  TICKET_CREATED,
  TICKET_ESCALATED,
  TICKET_RESOLVED,
  TICKET_SLA_WARNING,
} from './support.events';
export type {
  KeyAccountConfirmedPayload,
  TicketEventPayload,
  TicketResolvedPayload,
  TicketSlaAlertPayload,
} from './support.events';
export { supportMigrations } from './migrations';
