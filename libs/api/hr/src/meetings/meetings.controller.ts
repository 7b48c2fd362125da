import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiPageResponse,
  ApiProblemResponses,
  mapPage,
  Page,
  RequirePermission,
} from '@zhanggui/api-platform';
import {
  ActionItemResponse,
  CreateActionItemDto,
  CreateMeetingDto,
  ListActionItemsQuery,
  ListMeetingsQuery,
  MeetingDetailResponse,
  MeetingResponse,
  MinutesDto,
} from './dto/meeting.dto';
import type { Meeting, MeetingActionItem } from './meeting.entities';
import { MeetingsService } from './meetings.service';

const meetingView = (m: Meeting): MeetingResponse => ({
  id: m.id,
  number: m.number,
  title: m.title,
  orgUnitId: m.orgUnitId,
  heldAt: m.heldAt,
  location: m.location,
  attendeeIds: m.attendeeIds,
  agenda: m.agenda,
  status: m.status,
  version: m.version,
});
const itemView = (i: MeetingActionItem): ActionItemResponse => ({
  id: i.id,
  meetingId: i.meetingId,
  title: i.title,
  ownerEmployeeId: i.ownerEmployeeId,
  dueOn: i.dueOn,
  status: i.status,
  doneAt: i.doneAt,
  version: i.version,
});

@ApiTags('hr')
@Controller()
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Get('meetings')
  @RequirePermission('meetings:read')
  @ApiOperation({ summary: 'Meetings of the units in the caller’s scope, latest first.' })
  @ApiPageResponse(MeetingResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListMeetingsQuery): Promise<Page<MeetingResponse>> {
    return mapPage(await this.meetings.list(query), meetingView);
  }

  @Post('meetings')
  @RequirePermission('meetings:write')
  @ApiOperation({ summary: 'Schedule a meeting of a unit with its agenda and attendees.' })
  @ApiCreatedResponse({ type: MeetingDetailResponse })
  @ApiProblemResponses(400, 422)
  async create(
    @Body() body: CreateMeetingDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeetingDetailResponse> {
    const meeting = await this.meetings.create(body);
    void reply.header('Location', `/api/v1/meetings/${meeting.id}`);
    return { ...meetingView(meeting), minutes: null, actionItems: [] };
  }

  @Get('meetings/:id')
  @RequirePermission('meetings:read')
  @ApiOperation({ summary: 'A meeting with its minutes and action items.' })
  @ApiOkResponse({ type: MeetingDetailResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<MeetingDetailResponse> {
    return this.detail(await this.meetings.get(id));
  }

  @Put('meetings/:id/minutes')
  @RequirePermission('meetings:write')
  @ApiOperation({ summary: 'Record the minutes (纪要); the meeting is then held.' })
  @ApiOkResponse({ type: MeetingDetailResponse })
  @ApiProblemResponses(400, 404)
  async minutes(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: MinutesDto,
  ): Promise<MeetingDetailResponse> {
    return this.detail(await this.meetings.recordMinutes(id, body.minutes));
  }

  @Post('meetings/:id/action-items')
  @RequirePermission('meetings:write')
  @ApiOperation({ summary: 'Add an action item: who does what by when.' })
  @ApiCreatedResponse({ type: ActionItemResponse })
  @ApiProblemResponses(400, 404, 422)
  async addItem(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateActionItemDto,
  ): Promise<ActionItemResponse> {
    return itemView(await this.meetings.addItem(id, body));
  }

  @Post('meetings/:id/action-items/:itemId/done')
  @HttpCode(200)
  @RequirePermission('meetings:write')
  @ApiOperation({ summary: 'Mark an action item done.' })
  @ApiOkResponse({ type: ActionItemResponse })
  @ApiProblemResponses(400, 404)
  async done(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('itemId', ParseUUIDPipe) itemId: string,
  ): Promise<ActionItemResponse> {
    return itemView(await this.meetings.completeItem(id, itemId));
  }

  @Get('meeting-action-items')
  @RequirePermission('meetings:read')
  @ApiOperation({ summary: 'Action items across meetings by due date (filter open ones to chase).' })
  @ApiPageResponse(ActionItemResponse)
  @ApiProblemResponses(400)
  async items(@Query() query: ListActionItemsQuery): Promise<Page<ActionItemResponse>> {
    return mapPage(await this.meetings.listItems(query), itemView);
  }

  private async detail(meeting: Meeting): Promise<MeetingDetailResponse> {
    return {
      ...meetingView(meeting),
      minutes: meeting.minutes,
      actionItems: (await this.meetings.itemsOf(meeting.id)).map(itemView),
    };
  }
}
