import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblemResponses, RequirePermission } from '@zhanggui/api-platform';
import {
  MembershipResponse,
  MemberResponse,
  RegisterMemberDto,
  RegisterMembershipDto,
} from './dto/member.dto';
import { MemberLevelsService } from './member-levels.service';
import { memberResponse, membershipResponse } from './member-views';
import { MembersService } from './members.service';

@ApiTags('members')
@Controller()
export class MembersController {
  constructor(
    private readonly members: MembersService,
    private readonly levels: MemberLevelsService,
  ) {}

  @Post('members')
  @RequirePermission('members:register')
  @ApiOperation({
    summary:
      'Register a member by contact (the website’s sign-up, or customer service): the customer with this phone becomes a member, or a new customer is registered first.',
  })
  @ApiCreatedResponse({ type: MemberResponse })
  @ApiProblemResponses(400, 409, 422)
  async register(
    @Body() body: RegisterMemberDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MemberResponse> {
    const detail = await this.members.registerByContact(body);
    void reply.header('Location', `/api/v1/customers/${detail.customer.id}/membership`);
    return memberResponse(detail);
  }

  @Post('customers/:id/membership')
  @RequirePermission('members:register')
  @ApiOperation({
    summary: 'Make a customer a member: a member number, joined now, the level their spend earns.',
  })
  @ApiCreatedResponse({ type: MemberResponse })
  @ApiProblemResponses(400, 404, 409, 422)
  async registerCustomer(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RegisterMembershipDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MemberResponse> {
    const detail = await this.members.register(id, body.channel);
    void reply.header('Location', `/api/v1/customers/${id}/membership`);
    return memberResponse(detail);
  }

  @Get('customers/:id/membership')
  @RequirePermission('customers:read')
  @ApiOperation({ summary: 'A customer’s membership: number, level, qualifying spend and level history.' })
  @ApiOkResponse({ type: MembershipResponse })
  @ApiProblemResponses(400, 404)
  async membership(@Param('id', ParseUUIDPipe) id: string): Promise<MembershipResponse> {
    return membershipResponse(await this.members.membershipOf(id), await this.levels.all());
  }
}
