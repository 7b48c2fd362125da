import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiPageResponse,
  ApiProblemResponses,
  mapPage,
  Page,
  RequirePermission,
} from '@zhanggui/api-platform';
import { ApprovalsService } from './approvals.service';
import { ApprovalRequestResponse, DecisionDto } from './dto/approval.dto';
import { ListApprovalRequestsQuery } from './dto/list-approval-requests.query';

@ApiTags('approvals')
@Controller('approval-requests')
export class ApprovalsController {
  constructor(private readonly approvals: ApprovalsService) {}

  @Get('inbox')
  @RequirePermission('approvals:use')
  @ApiOperation({ summary: 'Requests waiting for your decision now.' })
  @ApiPageResponse(ApprovalRequestResponse)
  @ApiProblemResponses(400)
  async inbox(@Query() query: ListApprovalRequestsQuery): Promise<Page<ApprovalRequestResponse>> {
    return mapPage(await this.approvals.inbox(query), ApprovalRequestResponse.from);
  }

  @Get()
  @RequirePermission('approvals:use')
  @ApiOperation({
    summary: 'Requests you asked for, may decide or decided (all of them for the GM and auditors).',
  })
  @ApiPageResponse(ApprovalRequestResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListApprovalRequestsQuery): Promise<Page<ApprovalRequestResponse>> {
    return mapPage(await this.approvals.list(query), ApprovalRequestResponse.from);
  }

  @Get(':id')
  @RequirePermission('approvals:use')
  @ApiOperation({ summary: 'One approval request with its chain of steps.' })
  @ApiOkResponse({ type: ApprovalRequestResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<ApprovalRequestResponse> {
    return ApprovalRequestResponse.from(await this.approvals.get(id));
  }

  @Post(':id/decisions')
  @HttpCode(200)
  @RequirePermission('approvals:use')
  @ApiOperation({ summary: 'Approve or reject the step waiting for you (never your own request).' })
  @ApiOkResponse({ type: ApprovalRequestResponse })
  @ApiProblemResponses(400, 403, 404, 409)
  async decide(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DecisionDto,
  ): Promise<ApprovalRequestResponse> {
    return ApprovalRequestResponse.from(await this.approvals.decide(id, body.decision, body.comment));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RequirePermission('approvals:use')
  @ApiOperation({ summary: 'Withdraw a request you made, while it is pending.' })
  @ApiOkResponse({ type: ApprovalRequestResponse })
  @ApiProblemResponses(400, 403, 404, 409)
  async cancel(@Param('id', ParseUUIDPipe) id: string): Promise<ApprovalRequestResponse> {
    return ApprovalRequestResponse.from(await this.approvals.cancel(id));
  }
}
