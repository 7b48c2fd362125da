import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SlaReading, TimerReading } from '../../sla/sla-clock';
import type { TicketAttachment } from '../ticket-attachment.entity';
import type { TicketHistory } from '../ticket-history.entity';
import type { TicketMessage } from '../ticket-message.entity';
import type { Ticket } from '../ticket.entity';
import { TICKET_CATEGORIES, TICKET_CHANNELS, TICKET_PRIORITIES, TICKET_STATUSES } from '../ticket-states';

export class TimerView {
  @ApiProperty() targetMinutes!: number;
  @ApiProperty({ description: 'Business minutes the clock has run.' }) elapsedMinutes!: number;
  @ApiProperty({ description: 'Negative once breached.' }) remainingMinutes!: number;
  @ApiProperty() percent!: number;
  @ApiProperty({
    type: 'string',
    format: 'date-time',
    nullable: true,
    description: 'Null while paused or stopped.',
  })
  dueAt!: string | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) stoppedAt!: string | null;
  @ApiProperty({ enum: ['running', 'paused', 'met', 'breached'] }) state!: TimerReading['state'];
  @ApiProperty() breached!: boolean;

  static from(t: TimerReading): TimerView {
    return {
      ...t,
      dueAt: t.dueAt?.toISOString() ?? null,
      stoppedAt: t.stoppedAt?.toISOString() ?? null,
    };
  }
}

export class SlaView {
  @ApiProperty({ format: 'uuid' }) policyId!: string;
  @ApiProperty({ type: TimerView }) firstResponse!: TimerView;
  @ApiProperty({ type: TimerView }) resolution!: TimerView;
  @ApiProperty({ description: 'Whether the desk is open now (reminders are only sent then).' })
  businessHours!: boolean;
}

export class TicketSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'TK-20261127-0001' }) number!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ enum: TICKET_CHANNELS }) channel!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) orderId!: string | null;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) returnId!: string | null;
  @ApiProperty({ enum: TICKET_CATEGORIES }) category!: string;
  @ApiProperty({ enum: TICKET_PRIORITIES }) priority!: string;
  @ApiProperty({ enum: TICKET_STATUSES }) status!: string;
  @ApiProperty({ format: 'uuid' }) queueId!: string;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) assigneeId!: string | null;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ type: SlaView, nullable: true, description: 'Null when no SLA policy applies.' })
  sla!: SlaView | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) firstRespondedAt!: string | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) resolvedAt!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 1, maximum: 5 }) satisfactionScore!: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() version!: number;
}

export class TicketResponse extends TicketSummary {
  @ApiProperty({ type: 'string', nullable: true }) satisfactionComment!: string | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) closedAt!: string | null;
  @ApiProperty() reopenCount!: number;
  @ApiProperty({
    type: 'string',
    format: 'date-time',
    nullable: true,
    description: 'Until when it may be reopened.',
  })
  reopenableUntil!: string | null;
}

export function ticketSummary(ticket: Ticket, reading: SlaReading | null): TicketSummary {
  return {
    id: ticket.id,
    number: ticket.number,
    subject: ticket.subject,
    channel: ticket.channel,
    customerId: ticket.customerId,
    orderId: ticket.orderId,
    returnId: ticket.returnId,
    category: ticket.category,
    priority: ticket.priority,
    status: ticket.status,
    queueId: ticket.queueId,
    assigneeId: ticket.assigneeId,
    tags: ticket.tags,
    sla:
      reading && ticket.slaPolicyId
        ? {
            policyId: ticket.slaPolicyId,
            firstResponse: TimerView.from(reading.firstResponse),
            resolution: TimerView.from(reading.resolution),
            businessHours: reading.businessHours,
          }
        : null,
    firstRespondedAt: ticket.firstRespondedAt?.toISOString() ?? null,
    resolvedAt: ticket.resolvedAt?.toISOString() ?? null,
    satisfactionScore: ticket.satisfactionScore,
    createdAt: ticket.createdAt.toISOString(),
    updatedAt: ticket.updatedAt.toISOString(),
    version: ticket.version,
  };
}

export function ticketResponse(
  ticket: Ticket,
  reading: SlaReading | null,
  reopenWindowDays: number,
): TicketResponse {
  const reopenable = ticket.resolvedAt && (ticket.status === 'resolved' || ticket.status === 'closed');
  return {
    ...ticketSummary(ticket, reading),
    satisfactionComment: ticket.satisfactionComment,
    closedAt: ticket.closedAt?.toISOString() ?? null,
    reopenCount: ticket.reopenCount,
    reopenableUntil: reopenable
      ? new Date(ticket.resolvedAt!.getTime() + reopenWindowDays * 86_400_000).toISOString()
      : null,
  };
}

export class MessageView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    enum: ['reply', 'note', 'customer'],
    description: 'note = internal, never shown to the customer.',
  })
  kind!: string;
  @ApiProperty() public!: boolean;
  @ApiProperty() body!: string;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) standardAnswerId!: string | null;
  @ApiProperty({ enum: ['user', 'api-key', 'customer', 'system'] }) authorKind!: string;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) authorId!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) authorLabel!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static from(m: TicketMessage): MessageView {
    return {
      id: m.id,
      kind: m.kind,
      public: m.kind !== 'note',
      body: m.body,
      standardAnswerId: m.standardAnswerId,
      authorKind: m.authorKind,
      authorId: m.authorId,
      authorLabel: m.authorLabel,
      createdAt: m.createdAt.toISOString(),
    };
  }
}

export class MessageResponse {
  @ApiProperty({ type: MessageView }) message!: MessageView;
  @ApiProperty({ type: TicketResponse }) ticket!: TicketResponse;
}

export class HistoryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    description:
      'created, assigned, updated, replied, noted, customer-wrote, customer-replied, open, waiting_on_customer, resolved, closed, reopened, satisfaction, attachment, sla-warning, sla-escalated, auto-closed',
  })
  action!: string;
  @ApiProperty({ type: 'string', nullable: true, enum: TICKET_STATUSES }) fromStatus!: string | null;
  @ApiProperty({ enum: TICKET_STATUSES }) toStatus!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
  @ApiProperty() actorKind!: string;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) actorId!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) actorLabel!: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;

  static from(h: TicketHistory): HistoryView {
    return { ...h, occurredAt: h.occurredAt.toISOString() };
  }
}

export class AttachmentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) ticketId!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty() contentType!: string;
  @ApiProperty() bytes!: number;
  @ApiProperty({ description: 'GET this path (with the same credentials) for the file.' }) url!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static from(a: TicketAttachment): AttachmentView {
    return {
      id: a.id,
      ticketId: a.ticketId,
      fileName: a.fileName,
      contentType: a.contentType,
      bytes: a.bytes,
      url: `/api/v1/ticket-attachments/${a.id}/file`,
      createdAt: a.createdAt.toISOString(),
    };
  }
}

export class RenderedAnswer {
  @ApiProperty({ format: 'uuid' }) standardAnswerId!: string;
  @ApiProperty({ description: 'The answer with every placeholder it could fill, ready to send as a reply.' })
  body!: string;
  @ApiProperty({
    type: [String],
    description: 'Placeholders left as they were (no linked record to fill them).',
  })
  missing!: string[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) values!: Record<string, string>;
}

export class CustomerOrderView {
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  @ApiProperty() orderNumber!: string;
  @ApiProperty() status!: string;
  @ApiProperty() channel!: string;
  @ApiProperty({ description: 'Minor units (分).' }) total!: number;
  @ApiProperty() currency!: string;
  @ApiProperty({ type: 'string', nullable: true }) carrier!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) trackingNumber!: string | null;
  @ApiProperty({ format: 'date-time' }) placedAt!: string;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) deliveredAt!: string | null;
}

export class SidebarCustomer {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() number!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'Masked without customers:pii-read.' }) phone!: string;
  @ApiProperty({ type: 'string', nullable: true }) email!: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'Member level, if a member.' })
  memberLevel!: string | null;
}

export class CustomerContext {
  @ApiProperty({ type: SidebarCustomer }) customer!: SidebarCustomer;
  @ApiProperty({
    type: [CustomerOrderView],
    description: 'The latest 10 orders (full list: GET /api/v1/orders?customerId=…).',
  })
  recentOrders!: CustomerOrderView[];
  @ApiProperty({
    type: [TicketSummary],
    description: 'The customer’s other latest tickets (up to 5) the caller may see.',
  })
  recentTickets!: TicketSummary[];
  @ApiProperty() openTicketCount!: number;
  @ApiProperty({ type: 'string', nullable: true, enum: ['suggested', 'confirmed'] }) keyAccount!:
    string | null;
  @ApiPropertyOptional({ type: CustomerOrderView, nullable: true }) linkedOrder!: CustomerOrderView | null;
}
