import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiIfMatch,
  ApiPageResponse,
  ApiProblemResponses,
  IfMatch,
  mapPage,
  Page,
  RequirePermission,
} from '@zhanggui/api-platform';
import { CreateUserDto, ResetPasswordDto, SetRolesDto, UpdateUserDto } from './dto/user-bodies.dto';
import { ListUsersQuery } from './dto/list-users.query';
import { UserResponse } from './dto/user.response';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @RequirePermission('users:read')
  @ApiOperation({ summary: 'List user accounts within your data scope.' })
  @ApiPageResponse(UserResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListUsersQuery): Promise<Page<UserResponse>> {
    return mapPage(await this.users.list(query), (user) => UserResponse.from(user));
  }

  @Get(':id')
  @RequirePermission('users:read')
  @ApiOperation({ summary: 'One user account.' })
  @ApiOkResponse({ type: UserResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<UserResponse> {
    return UserResponse.from(await this.users.get(id));
  }

  @Post()
  @RequirePermission('users:write')
  @ApiOperation({ summary: 'Create a user account with an initial password and roles.' })
  @ApiCreatedResponse({ type: UserResponse })
  @ApiProblemResponses(400, 409)
  async create(
    @Body() body: CreateUserDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UserResponse> {
    const user = await this.users.create(body);
    void reply.header('Location', `/api/v1/users/${user.id}`);
    return UserResponse.from(user);
  }

  @Patch(':id')
  @RequirePermission('users:write')
  @ApiOperation({ summary: 'Change a user’s details or status (disabling signs them out everywhere).' })
  @ApiIfMatch()
  @ApiOkResponse({ type: UserResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateUserDto,
    @IfMatch() expectedVersions: number[] | undefined,
  ): Promise<UserResponse> {
    return UserResponse.from(await this.users.update(id, body, expectedVersions));
  }

  @Put(':id/roles')
  @RequirePermission('users:write')
  @ApiOperation({
    summary: 'Replace the user’s roles, each with its data scope (an org unit, or the company).',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: UserResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async setRoles(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SetRolesDto,
    @IfMatch() expectedVersions: number[] | undefined,
  ): Promise<UserResponse> {
    return UserResponse.from(await this.users.setRoles(id, body.roles, expectedVersions));
  }

  @Post(':id/password')
  @HttpCode(204)
  @ApiNoContentResponse()
  @RequirePermission('users:write')
  @ApiOperation({ summary: 'Set a new password for the user; their sessions are signed out.' })
  @ApiProblemResponses(400, 404)
  async resetPassword(@Param('id', ParseUUIDPipe) id: string, @Body() body: ResetPasswordDto): Promise<void> {
    await this.users.resetPassword(id, body.password);
  }
}
