import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  ApiFileUpload,
  ApiIfMatch,
  ApiPageResponse,
  ApiProblemResponses,
  IfMatch,
  Page,
  readUploadedFile,
  RequirePermission,
  sendAttachment,
} from '@zhanggui/api-platform';
import { SupportSettingsService } from '../support-settings';
import {
  AssignTicketDto,
  CreateTicketDto,
  ListTicketsQuery,
  MessageDto,
  RenderAnswerDto,
  SatisfactionDto,
  ThreadQuery,
  TransitionDto,
  UpdateTicketDto,
} from './dto/ticket.dto';
import {
  AttachmentView,
  CustomerContext,
  HistoryView,
  MessageResponse,
  MessageView,
  RenderedAnswer,
  TicketResponse,
  ticketResponse,
  TicketSummary,
} from './dto/ticket.response';
import { TicketAccess } from './ticket-access';
import { TicketAttachmentsService } from './ticket-attachments.service';
import { TicketQueriesService } from './ticket-queries.service';
import { TicketTimeline } from './ticket-timeline';
import type { Ticket } from './ticket.entity';
import { TicketsService } from './tickets.service';

/** Tickets (工单): agents see the tickets of their queues and their own; the lead sees all. */
@ApiTags('support')
@Controller()
export class TicketsController {
  constructor(
    private readonly tickets: TicketsService,
    private readonly queries: TicketQueriesService,
    private readonly access: TicketAccess,
    private readonly timeline: TicketTimeline,
    private readonly attachments: TicketAttachmentsService,
    private readonly settings: SupportSettingsService,
  ) {}

  @Get('tickets')
  @RequirePermission('tickets:read')
  @ApiOperation({
    summary:
      'The agent queue: tickets of the caller’s queues (all for the lead), with live SLA timers; `sort=due` puts the most urgent first.',
  })
  @ApiPageResponse(TicketSummary)
  @ApiProblemResponses(400)
  async list(@Query() query: ListTicketsQuery): Promise<Page<TicketSummary>> {
    return this.queries.list(query);
  }

  @Post('tickets')
  @RequirePermission('tickets:create')
  @ApiOperation({
    summary:
      'Open a ticket (phone, chat, email by an agent; web form or API by the website’s API key). Numbered TK-…; picks the SLA policy.',
  })
  @ApiCreatedResponse({ type: TicketResponse })
  @ApiProblemResponses(400, 404, 422)
  async create(
    @Body() body: CreateTicketDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TicketResponse> {
    const ticket = await this.tickets.create(body);
    void reply.header('Location', `/api/v1/tickets/${ticket.id}`);
    return this.respond(ticket);
  }

  @Get('tickets/:id')
  @RequirePermission('tickets:read')
  @ApiOperation({ summary: 'One ticket with its SLA timers.' })
  @ApiOkResponse({ type: TicketResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<TicketResponse> {
    return this.respond(await this.access.visible(id));
  }

  @Patch('tickets/:id')
  @RequirePermission('tickets:write')
  @ApiOperation({
    summary: 'Change subject, category, priority, tags or links. Never stops or resets an SLA clock.',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: TicketResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateTicketDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<TicketResponse> {
    return this.respond(await this.tickets.update(id, body, expected));
  }

  @Post('tickets/:id/assign')
  @HttpCode(200)
  @RequirePermission('tickets:write')
  @ApiOperation({
    summary:
      'Assign to a queue and/or agent. An agent may take a ticket of their queue for themselves; the lead (tickets:assign) assigns anywhere.',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: TicketResponse })
  @ApiProblemResponses(400, 404, 409, 412, 422)
  async assign(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AssignTicketDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<TicketResponse> {
    return this.respond(await this.tickets.assign(id, body, expected));
  }

  @Post('tickets/:id/transition')
  @HttpCode(200)
  @RequirePermission('tickets:write')
  @ApiOperation({
    summary:
      'Move the status (409 when not allowed or past the reopen window). Resolving publishes TicketResolved.',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: TicketResponse })
  @ApiProblemResponses(400, 404, 409, 412)
  async transition(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: TransitionDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<TicketResponse> {
    return this.respond(await this.tickets.transition(id, body, expected));
  }

  @Get('tickets/:id/messages')
  @RequirePermission('tickets:read')
  @ApiOperation({ summary: 'The thread, oldest first; `notes=false` leaves out internal notes.' })
  @ApiOkResponse({ type: [MessageView] })
  @ApiProblemResponses(400, 404)
  async thread(@Param('id', ParseUUIDPipe) id: string, @Query() query: ThreadQuery): Promise<MessageView[]> {
    return (await this.tickets.thread(id, query.notes !== 'false')).map(MessageView.from);
  }

  @Post('tickets/:id/messages')
  @RequirePermission('tickets:write')
  @ApiOperation({
    summary:
      'Add a public reply, an internal note, or the customer’s words. Only an agent’s first public reply stops the first-response clock.',
  })
  @ApiCreatedResponse({ type: MessageResponse })
  @ApiProblemResponses(400, 404, 409)
  async message(@Param('id', ParseUUIDPipe) id: string, @Body() body: MessageDto): Promise<MessageResponse> {
    const { ticket, message } = await this.tickets.addMessage(id, body);
    return { message: MessageView.from(message), ticket: await this.respond(ticket) };
  }

  @Post('tickets/:id/satisfaction')
  @HttpCode(200)
  @RequirePermission('tickets:write')
  @ApiOperation({ summary: 'Record the customer’s satisfaction (1–5) with a resolved or closed ticket.' })
  @ApiOkResponse({ type: TicketResponse })
  @ApiProblemResponses(400, 404, 409)
  async satisfaction(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SatisfactionDto,
  ): Promise<TicketResponse> {
    return this.respond(await this.tickets.satisfaction(id, body));
  }

  @Get('tickets/:id/history')
  @RequirePermission('tickets:read')
  @ApiOperation({ summary: 'The timeline: every change, SLA warning and escalation, oldest first.' })
  @ApiOkResponse({ type: [HistoryView] })
  @ApiProblemResponses(400, 404)
  async history(@Param('id', ParseUUIDPipe) id: string): Promise<HistoryView[]> {
    await this.access.visible(id);
    return (await this.timeline.of(id)).map(HistoryView.from);
  }

  @Get('tickets/:id/customer-context')
  @RequirePermission('tickets:read')
  @ApiOperation({
    summary: 'The ticket page’s sidebar: the customer, their latest orders and other tickets.',
  })
  @ApiOkResponse({ type: CustomerContext })
  @ApiProblemResponses(400, 404)
  async customerContext(@Param('id', ParseUUIDPipe) id: string): Promise<CustomerContext> {
    return this.queries.customerContext(id);
  }

  @Post('tickets/:id/render-answer')
  @HttpCode(200)
  @RequirePermission('tickets:read')
  @ApiOperation({
    summary:
      'A standard answer with its placeholders filled from the ticket (customer, linked or latest order, tracking number); send it as a reply.',
  })
  @ApiOkResponse({ type: RenderedAnswer })
  @ApiProblemResponses(400, 404)
  async render(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RenderAnswerDto,
  ): Promise<RenderedAnswer> {
    return this.queries.render(id, body.standardAnswerId);
  }

  @Get('tickets/:id/attachments')
  @RequirePermission('tickets:read')
  @ApiOperation({ summary: 'The ticket’s attachments.' })
  @ApiOkResponse({ type: [AttachmentView] })
  @ApiProblemResponses(400, 404)
  async attachmentsOf(@Param('id', ParseUUIDPipe) id: string): Promise<AttachmentView[]> {
    return (await this.attachments.list(id)).map(AttachmentView.from);
  }

  @Post('tickets/:id/attachments')
  @RequirePermission('tickets:write')
  @ApiOperation({ summary: 'Attach a file (multipart field "file"): images, PDF, text, office documents.' })
  @ApiFileUpload()
  @ApiCreatedResponse({ type: AttachmentView })
  @ApiProblemResponses(400, 404, 413, 415)
  async upload(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
  ): Promise<AttachmentView> {
    const upload = await readUploadedFile(request);
    return AttachmentView.from(await this.attachments.upload(id, upload));
  }

  @Get('ticket-attachments/:id/file')
  @RequirePermission('tickets:read')
  @ApiOperation({ summary: 'The attachment’s bytes (as a download).' })
  @ApiOkResponse({ description: 'The file.' })
  @ApiProblemResponses(400, 404)
  async file(@Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    const { attachment, file } = await this.attachments.file(id);
    await sendAttachment(reply, { ...attachment, size: file.size, stream: file.stream });
  }

  private async respond(ticket: Ticket): Promise<TicketResponse> {
    const { reopenWindowDays } = await this.settings.get();
    return ticketResponse(ticket, await this.queries.reading(ticket), reopenWindowDays);
  }
}
