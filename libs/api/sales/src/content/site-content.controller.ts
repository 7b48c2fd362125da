import { createHash } from 'node:crypto';
import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblemResponses, Public } from '@zhanggui/api-platform';
import { PublishedSiteContentQuery, PublishedSiteContentResponse } from './dto/site-content.dto';
import { publishedItem } from './site-content-response';
import { SiteContentService } from './site-content.service';

/**
 * Caches may keep an answer a minute: long enough to spare the database under a traffic peak, short enough
 * that a scheduled banner appears or disappears about when the editor said.
 */
const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=30';

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag;
  });
}

/**
 * What the website shows. Public, without an API key: everything here is already on the public website, and
 * browsers and CDNs must be free to fetch and cache it (a key would have to ship in the website's pages).
 */
@ApiTags('sales')
@Controller('site-content')
export class SiteContentController {
  constructor(private readonly contents: SiteContentService) {}

  @Get()
  @Public()
  @ApiOperation({
    summary:
      'Published content live now (inside its schedule) for a language, optionally one kind; strong ETag, 304 on If-None-Match.',
  })
  @ApiHeader({ name: 'If-None-Match', required: false })
  @ApiOkResponse({ type: PublishedSiteContentResponse })
  @ApiResponse({ status: 304, description: 'Unchanged since the ETag given.' })
  @ApiProblemResponses(400)
  async published(
    @Query() query: PublishedSiteContentQuery,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const body = JSON.stringify({ data: (await this.contents.published(query)).map(publishedItem) });
    // Strong: the hash of the exact bytes sent, so equal tags mean byte-identical answers.
    const etag = `"${createHash('sha256').update(body).digest('base64url')}"`;
    void reply.header('ETag', etag).header('Cache-Control', CACHE_CONTROL).header('Vary', 'Accept-Encoding');
    if (matches(ifNoneMatch, etag)) {
      await reply.status(304).send();
      return;
    }
    await reply.header('Content-Type', 'application/json; charset=utf-8').send(body);
  }
}
