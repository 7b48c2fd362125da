import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiPageResponse,
  ApiProblemResponses,
  mapPage,
  Page,
  PageQuery,
  RequirePermission,
} from '@zhanggui/api-platform';
import { ApiKeysService } from './api-keys.service';
import { ApiKeyResponse, CreateApiKeyDto, CreatedApiKeyResponse } from './dto/api-key.dto';

@ApiTags('api-keys')
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Get()
  @RequirePermission('api-keys:read')
  @ApiOperation({ summary: 'List partner API keys, newest first.' })
  @ApiPageResponse(ApiKeyResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: PageQuery): Promise<Page<ApiKeyResponse>> {
    return mapPage(await this.apiKeys.list(query), ApiKeyResponse.from);
  }

  @Get(':id')
  @RequirePermission('api-keys:read')
  @ApiOperation({ summary: 'One API key (never its secret).' })
  @ApiOkResponse({ type: ApiKeyResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<ApiKeyResponse> {
    return ApiKeyResponse.from(await this.apiKeys.get(id));
  }

  @Post()
  @RequirePermission('api-keys:write')
  @ApiOperation({ summary: 'Create an API key for a partner system; the secret is in this response only.' })
  @ApiCreatedResponse({ type: CreatedApiKeyResponse })
  @ApiProblemResponses(400)
  async create(@Body() body: CreateApiKeyDto): Promise<CreatedApiKeyResponse> {
    const { key, secret } = await this.apiKeys.create(body);
    return { ...ApiKeyResponse.from(key), secret };
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @RequirePermission('api-keys:write')
  @ApiOperation({ summary: 'Revoke an API key: it is refused from the next request on.' })
  @ApiOkResponse({ type: ApiKeyResponse })
  @ApiProblemResponses(400, 404, 409)
  async revoke(@Param('id', ParseUUIDPipe) id: string): Promise<ApiKeyResponse> {
    return ApiKeyResponse.from(await this.apiKeys.revoke(id));
  }
}
