import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiProblemResponses,
  currentActor,
  NoTransaction,
  Public,
  SignedIn,
  UnauthenticatedError,
} from '@zhanggui/api-platform';
import { ScopedActor } from '../access/scoped-actor';
import { UserResponse } from '../users/dto/user.response';
import { ChangeOwnPasswordDto, UpdateOwnProfileDto } from '../users/dto/user-bodies.dto';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';
import { LoginDto, MeResponse, RefreshDto, TokenPairResponse } from './dto/auth.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @NoTransaction()
  @ApiOperation({
    summary: 'Sign in with username and password; repeated failures lock sign-in for a while.',
  })
  @ApiOkResponse({ type: TokenPairResponse })
  @ApiProblemResponses(400, 401, 429)
  login(@Body() body: LoginDto): Promise<TokenPairResponse> {
    return this.auth.login(body.username, body.password);
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  @NoTransaction()
  @ApiOperation({
    summary: 'Trade a refresh token for a new token pair (the old refresh token stops working).',
  })
  @ApiOkResponse({ type: TokenPairResponse })
  @ApiProblemResponses(400, 401)
  refresh(@Body() body: RefreshDto): Promise<TokenPairResponse> {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse()
  @SignedIn()
  @ApiOperation({ summary: 'Sign out this session: its refresh and access tokens stop working.' })
  async logout(): Promise<void> {
    await this.auth.logout(this.signedInUser().sessionFamilyId!);
  }

  @Get('me')
  @SignedIn()
  @ApiOperation({ summary: 'The signed-in user, their roles with scopes, and their permissions.' })
  @ApiOkResponse({ type: MeResponse })
  async me(): Promise<MeResponse> {
    const actor = this.signedInUser();
    const user = await this.users.getOwn(actor.id);
    return { ...UserResponse.from(user), permissions: [...actor.permissions].sort() };
  }

  @Patch('me')
  @SignedIn()
  @ApiOperation({
    summary: 'Change your own name, email or phone (roles, status and unit are not yours to change).',
  })
  @ApiOkResponse({ type: UserResponse })
  @ApiProblemResponses(400)
  async updateMe(@Body() body: UpdateOwnProfileDto): Promise<UserResponse> {
    return UserResponse.from(await this.users.updateOwnProfile(this.signedInUser().id, body));
  }

  @Post('me/password')
  @HttpCode(204)
  @ApiNoContentResponse()
  @SignedIn()
  @ApiOperation({ summary: 'Change your own password; every session, this one included, is signed out.' })
  @ApiProblemResponses(400)
  async changeMyPassword(@Body() body: ChangeOwnPasswordDto): Promise<void> {
    await this.users.changeOwnPassword(this.signedInUser().id, body.currentPassword, body.newPassword);
  }

  private signedInUser(): ScopedActor {
    const actor = currentActor();
    if (!(actor instanceof ScopedActor) || actor.kind !== 'user') {
      throw new UnauthenticatedError('This is for people signed in to the console, not API keys.');
    }
    return actor;
  }
}
