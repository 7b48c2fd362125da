import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  ApiFileUpload,
  ApiProblemResponses,
  Public,
  readUploadedFile,
  RequirePermission,
} from '@zhanggui/api-platform';
import { CampaignAssetsService } from './campaign-assets.service';
import { assetResponse } from './campaign-response';
import { CampaignAssetResponse } from './dto/campaign.dto';

@ApiTags('sales')
@Controller()
export class CampaignAssetsController {
  constructor(private readonly assets: CampaignAssetsService) {}

  @Post('campaigns/:id/assets')
  @RequirePermission('campaigns:write')
  @ApiOperation({
    summary: 'Upload a creative (multipart field "file"): JPEG, PNG, GIF or WebP, judged by its bytes.',
  })
  @ApiFileUpload()
  @ApiCreatedResponse({ type: CampaignAssetResponse })
  @ApiProblemResponses(400, 404, 413, 415, 422)
  async upload(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
  ): Promise<CampaignAssetResponse> {
    const upload = await readUploadedFile(request, 'image');
    return assetResponse(await this.assets.upload(id, upload.bytes, upload.fileName || null));
  }

  @Delete('campaign-assets/:id')
  @HttpCode(204)
  @RequirePermission('campaigns:write')
  @ApiOperation({ summary: 'Remove a creative.' })
  @ApiNoContentResponse()
  @ApiProblemResponses(400, 404)
  async remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.assets.remove(id);
  }

  /** Public like the product photos: creatives end up on the website and posters; ids are unguessable. */
  @Get('campaign-assets/:id/file')
  @Public()
  @ApiOperation({ summary: 'The creative’s bytes, cached for a year (a file never changes under its id).' })
  @ApiOkResponse({ description: 'The image bytes.' })
  @ApiProblemResponses(400, 404)
  async file(@Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    const { file, contentType } = await this.assets.file(id);
    await reply
      .header('Content-Type', contentType)
      .header('Content-Length', String(file.size))
      .header('Cache-Control', 'public, max-age=31536000, immutable')
      .header('X-Content-Type-Options', 'nosniff')
      .send(file.stream);
  }
}
