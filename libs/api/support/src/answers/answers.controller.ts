import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  PartialType,
} from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import type { FastifyReply } from 'fastify';
import {
  ApiIfMatch,
  ApiProblemResponses,
  assertVersionMatches,
  IfMatch,
  InvalidInputError,
  RequirePermission,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { KbArticleNotFoundError, StandardAnswerNotFoundError } from '../support.errors';
import { TICKET_CATEGORIES, TicketCategory } from '../tickets/ticket-states';
import { KbArticle } from './kb-article.entity';
import { PLACEHOLDERS, unknownPlaceholders } from './placeholders';
import { StandardAnswer } from './standard-answer.entity';

class CreateAnswerDto {
  @ApiProperty({ example: 'SHIPPING-WHERE' }) @Matches(/^[A-Z0-9-]{2,32}$/) code!: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) title!: string;
  @ApiProperty({ enum: TICKET_CATEGORIES }) @IsIn(TICKET_CATEGORIES) category!: TicketCategory;
  @ApiProperty({
    description: 'Text with placeholders such as {{customerName}} (see GET /standard-answers/placeholders).',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  body!: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  tags?: string[];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}
class UpdateAnswerDto extends PartialType(CreateAnswerDto) {}
class SearchQuery {
  @ApiPropertyOptional({ description: 'Text in the title, code, tags or body.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
  @ApiPropertyOptional({ enum: TICKET_CATEGORIES })
  @IsOptional()
  @IsIn(TICKET_CATEGORIES)
  category?: TicketCategory;
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Include inactive ones (default false).' })
  @IsOptional()
  @IsIn(['true', 'false'])
  all?: 'true' | 'false';
}
export class AnswerView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: TICKET_CATEGORIES }) category!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ type: [String], description: 'The placeholders the body uses.' }) placeholders!: string[];
  @ApiProperty() active!: boolean;
  @ApiProperty({ description: 'Replies sent with it.' }) useCount!: number;
  @ApiProperty() version!: number;
  static from(a: StandardAnswer): AnswerView {
    return {
      id: a.id,
      code: a.code,
      title: a.title,
      category: a.category,
      body: a.body,
      tags: a.tags,
      placeholders: [...new Set([...a.body.matchAll(/\{\{\s*([A-Za-z0-9]+)\s*\}\}/g)].map((m) => m[1]))],
      active: a.active,
      useCount: a.useCount,
      version: a.version,
    };
  }
}
export class PlaceholderView {
  @ApiProperty({ example: 'customerName' }) name!: string;
  @ApiProperty() description!: string;
}

class CreateArticleDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) title!: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(50000) body!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The catalog product the article is about.' })
  @IsOptional()
  @IsUUID()
  productId?: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  tags?: string[];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() published?: boolean;
}
class UpdateArticleDto extends PartialType(CreateArticleDto) {}
class ArticleQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() productId?: string;
}
export class ArticleView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) productId!: string | null;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty() published!: boolean;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() version!: number;
  static from(a: KbArticle): ArticleView {
    return {
      id: a.id,
      title: a.title,
      body: a.body,
      productId: a.productId,
      tags: a.tags,
      published: a.published,
      updatedAt: a.updatedAt.toISOString(),
      version: a.version,
    };
  }
}

const searchText = (...parts: Array<string | string[] | null | undefined>) =>
  parts.flat().filter(Boolean).join(' ').normalize('NFKC').toLowerCase();
const likePattern = (q: string) =>
  `%${q
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function checkPlaceholders(body: string | undefined): void {
  const unknown = body ? unknownPlaceholders(body) : [];
  if (unknown.length)
    throw new InvalidInputError('UNKNOWN_PLACEHOLDER', `Unknown placeholders: ${unknown.join(', ')}.`, [
      { field: 'body', message: `unknown: ${unknown.join(', ')}` },
    ]);
}

/** The standard answers library (客服答客户问标准) and the agents' knowledge base. */
@ApiTags('support')
@Controller()
export class AnswersController {
  constructor(private readonly connection: TransactionalConnection) {}

  private get answers() {
    return this.connection.getRepository(StandardAnswer);
  }
  private get articles() {
    return this.connection.getRepository(KbArticle);
  }

  @Get('standard-answers')
  @RequirePermission('standard-answers:read')
  @ApiOperation({ summary: 'The standard-answer picker: search by text and category, most used first.' })
  @ApiOkResponse({ type: [AnswerView] })
  @ApiProblemResponses(400)
  async list(@Query() query: SearchQuery): Promise<AnswerView[]> {
    const qb = this.answers.createQueryBuilder('a');
    if (query.all !== 'true') qb.andWhere('a.active');
    if (query.category) qb.andWhere('a.category = :category', { category: query.category });
    if (query.q) qb.andWhere('a.search_text LIKE :q', { q: likePattern(query.q) });
    return (await qb.orderBy('a.use_count', 'DESC').addOrderBy('a.code').limit(200).getMany()).map(
      AnswerView.from,
    );
  }

  @Get('standard-answers/placeholders')
  @RequirePermission('standard-answers:read')
  @ApiOperation({ summary: 'The placeholders answers may use and what fills them.' })
  @ApiOkResponse({ type: [PlaceholderView] })
  @ApiProblemResponses(400)
  placeholders(): PlaceholderView[] {
    return Object.entries(PLACEHOLDERS).map(([name, description]) => ({ name, description }));
  }

  @Post('standard-answers')
  @RequirePermission('standard-answers:write')
  @ApiOperation({ summary: 'Add an answer (422 UNKNOWN_PLACEHOLDER, 409 DUPLICATE code).' })
  @ApiCreatedResponse({ type: AnswerView })
  @ApiProblemResponses(400, 409, 422)
  async create(
    @Body() body: CreateAnswerDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AnswerView> {
    checkPlaceholders(body.body);
    const answer = await this.answers.save(
      this.answers.create({
        ...body,
        tags: body.tags ?? [],
        searchText: searchText(body.code, body.title, body.tags, body.body),
      }),
    );
    void reply.header('Location', `/api/v1/standard-answers/${answer.id}`);
    return AnswerView.from(answer);
  }

  @Get('standard-answers/:id')
  @RequirePermission('standard-answers:read')
  @ApiOperation({ summary: 'One answer.' })
  @ApiOkResponse({ type: AnswerView })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<AnswerView> {
    const answer = await this.answers.findOneBy({ id });
    if (!answer) throw new StandardAnswerNotFoundError(id);
    return AnswerView.from(answer);
  }

  @Patch('standard-answers/:id')
  @RequirePermission('standard-answers:write')
  @ApiOperation({ summary: 'Change an answer (or retire it with active=false).' })
  @ApiIfMatch()
  @ApiOkResponse({ type: AnswerView })
  @ApiProblemResponses(400, 404, 409, 412, 422)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateAnswerDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<AnswerView> {
    const answer = await this.answers.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!answer) throw new StandardAnswerNotFoundError(id);
    assertVersionMatches('standard answer', expected, answer.version);
    checkPlaceholders(body.body);
    Object.assign(answer, body);
    answer.searchText = searchText(answer.code, answer.title, answer.tags, answer.body);
    return AnswerView.from(await this.answers.save(answer));
  }

  @Get('kb-articles')
  @RequirePermission('kb-articles:read')
  @ApiOperation({ summary: 'Search the knowledge base (published articles) by text or product.' })
  @ApiOkResponse({ type: [ArticleView] })
  @ApiProblemResponses(400)
  async articlesList(@Query() query: ArticleQuery): Promise<ArticleView[]> {
    const qb = this.articles.createQueryBuilder('k').where('k.published');
    if (query.productId) qb.andWhere('k.product_id = :productId', { productId: query.productId });
    if (query.q) qb.andWhere('k.search_text LIKE :q', { q: likePattern(query.q) });
    return (await qb.orderBy('k.updated_at', 'DESC').limit(100).getMany()).map(ArticleView.from);
  }

  @Post('kb-articles')
  @RequirePermission('kb-articles:write')
  @ApiOperation({ summary: 'Write an article.' })
  @ApiCreatedResponse({ type: ArticleView })
  @ApiProblemResponses(400)
  async createArticle(
    @Body() body: CreateArticleDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ArticleView> {
    const article = await this.articles.save(
      this.articles.create({
        ...body,
        productId: body.productId ?? null,
        tags: body.tags ?? [],
        searchText: searchText(body.title, body.tags, body.body),
      }),
    );
    void reply.header('Location', `/api/v1/kb-articles/${article.id}`);
    return ArticleView.from(article);
  }

  @Get('kb-articles/:id')
  @RequirePermission('kb-articles:read')
  @ApiOperation({ summary: 'One article.' })
  @ApiOkResponse({ type: ArticleView })
  @ApiProblemResponses(400, 404)
  async article(@Param('id', ParseUUIDPipe) id: string): Promise<ArticleView> {
    const article = await this.articles.findOneBy({ id });
    if (!article) throw new KbArticleNotFoundError(id);
    return ArticleView.from(article);
  }

  @Patch('kb-articles/:id')
  @RequirePermission('kb-articles:write')
  @ApiOperation({ summary: 'Change or unpublish an article.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: ArticleView })
  @ApiProblemResponses(400, 404, 412)
  async updateArticle(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateArticleDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<ArticleView> {
    const article = await this.articles.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!article) throw new KbArticleNotFoundError(id);
    assertVersionMatches('article', expected, article.version);
    Object.assign(article, body);
    article.searchText = searchText(article.title, article.tags, article.body);
    return ArticleView.from(await this.articles.save(article));
  }
}
