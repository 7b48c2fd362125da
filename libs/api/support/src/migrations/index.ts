import { CreateSupport1764800000000 } from './1764800000000-create-support';
import { TicketDashboardIndex1766000010000 } from './1766000010000-ticket-dashboard-index';

export const supportMigrations = [CreateSupport1764800000000, TicketDashboardIndex1766000010000];
