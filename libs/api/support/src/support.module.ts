import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule, PermissionCatalog } from '@zhanggui/api-identity';
import { OrdersModule } from '@zhanggui/api-orders';
import { AnswersController } from './answers/answers.controller';
import { KbArticle } from './answers/kb-article.entity';
import { StandardAnswer } from './answers/standard-answer.entity';
import { FollowUpRule } from './follow-ups/follow-up-rule.entity';
import { FollowUpVisit } from './follow-ups/follow-up-visit.entity';
import { FollowUpsController } from './follow-ups/follow-ups.controller';
import { FollowUpScheduler, FollowUpsService } from './follow-ups/follow-ups.service';
import { KeyAccountCandidate, KeyAccountRule } from './key-accounts/key-account.entities';
import { KeyAccountsController, KeyAccountsService } from './key-accounts/key-accounts.controller';
import { MetricsController } from './metrics/metrics.controller';
import { OrderFacts } from './order-facts/order-facts';
import { QueuesController } from './queues/queues.controller';
import { SupportQueue } from './queues/support-queue.entity';
import { SlaMonitor } from './sla/sla-monitor';
import { SlaPoliciesController } from './sla/sla-policies.controller';
import { SlaPolicy } from './sla/sla-policy.entity';
import { SlaService } from './sla/sla.service';
import { SupportDemoData } from './support.demo-data';
import { SUPPORT_PERMISSIONS } from './support.permissions';
import { SupportSettingsService } from './support-settings';
import { TicketAccess } from './tickets/ticket-access';
import { TicketAttachment } from './tickets/ticket-attachment.entity';
import { TicketAttachmentsService } from './tickets/ticket-attachments.service';
import { TicketHistory } from './tickets/ticket-history.entity';
import { TicketMessage } from './tickets/ticket-message.entity';
import { TicketQueriesService } from './tickets/ticket-queries.service';
import { TicketTimeline } from './tickets/ticket-timeline';
import { Ticket } from './tickets/ticket.entity';
import { TicketDashboardFiguresService } from './tickets/ticket-dashboard-figures.service';
import { TicketsController } from './tickets/tickets.controller';
import { TicketsService } from './tickets/tickets.service';

/**
 * Customer support (客服部): tickets with SLA timers over the company calendar, standard answers and the
 * knowledge base, follow-up visits, key-account candidates and metrics. Builds on orders (customers, and the
 * ORDER_* events it keeps its own order facts from).
 */
@Module({
  imports: [
    IdentityModule,
    OrdersModule,
    TypeOrmModule.forFeature([
      SupportQueue,
      SlaPolicy,
      Ticket,
      TicketMessage,
      TicketAttachment,
      TicketHistory,
      StandardAnswer,
      KbArticle,
      FollowUpRule,
      FollowUpVisit,
      KeyAccountRule,
      KeyAccountCandidate,
    ]),
  ],
  controllers: [
    TicketsController,
    QueuesController,
    SlaPoliciesController,
    AnswersController,
    FollowUpsController,
    KeyAccountsController,
    MetricsController,
  ],
  providers: [
    SupportSettingsService,
    SlaService,
    SlaMonitor,
    TicketAccess,
    TicketTimeline,
    TicketsService,
    TicketQueriesService,
    TicketAttachmentsService,
    OrderFacts,
    FollowUpScheduler,
    FollowUpsService,
    KeyAccountsService,
    SupportDemoData,
    TicketDashboardFiguresService,
  ],
  exports: [TicketsService, TicketDashboardFiguresService],
})
export class SupportModule {
  constructor(catalog: PermissionCatalog) {
    catalog.register(SUPPORT_PERMISSIONS);
  }
}
