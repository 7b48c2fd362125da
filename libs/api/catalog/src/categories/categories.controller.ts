import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiIfMatch,
  ApiPageResponse,
  ApiProblemResponses,
  IfMatch,
  mapPage,
  Page,
  RequirePermission,
} from '@zhanggui/api-platform';
import { CategoriesService } from './categories.service';
import {
  BrandResponse,
  CategoryResponse,
  CreateBrandDto,
  CreateCategoryDto,
  ListCatalogNodesQuery,
  UpdateBrandDto,
  UpdateCategoryDto,
} from './dto/category.dto';

@ApiTags('catalog')
@Controller()
export class CategoriesController {
  constructor(private readonly catalog: CategoriesService) {}

  @Get('categories')
  @RequirePermission('catalog:read', 'storefront:read')
  @ApiOperation({ summary: 'Categories (the tree comes from parentId), by name.' })
  @ApiPageResponse(CategoryResponse)
  @ApiProblemResponses(400)
  async listCategories(@Query() query: ListCatalogNodesQuery): Promise<Page<CategoryResponse>> {
    return mapPage(await this.catalog.listCategories(query), CategoryResponse.from);
  }

  @Get('categories/:id')
  @RequirePermission('catalog:read', 'storefront:read')
  @ApiOperation({ summary: 'One category.' })
  @ApiOkResponse({ type: CategoryResponse })
  @ApiProblemResponses(400, 404)
  async getCategory(@Param('id', ParseUUIDPipe) id: string): Promise<CategoryResponse> {
    return CategoryResponse.from(await this.catalog.getCategory(id));
  }

  @Post('categories')
  @RequirePermission('catalog:write')
  @ApiOperation({ summary: 'Add a category, at the top or under a parent.' })
  @ApiCreatedResponse({ type: CategoryResponse })
  @ApiProblemResponses(400, 409, 422)
  async createCategory(@Body() body: CreateCategoryDto): Promise<CategoryResponse> {
    return CategoryResponse.from(await this.catalog.createCategory(body));
  }

  @Patch('categories/:id')
  @RequirePermission('catalog:write')
  @ApiOperation({ summary: 'Rename, move, reorder or archive a category.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: CategoryResponse })
  @ApiProblemResponses(400, 404, 409, 412, 422)
  async updateCategory(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateCategoryDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<CategoryResponse> {
    return CategoryResponse.from(await this.catalog.updateCategory(id, body, expected));
  }

  @Get('brands')
  @RequirePermission('catalog:read', 'storefront:read')
  @ApiOperation({ summary: 'Brands, by name.' })
  @ApiPageResponse(BrandResponse)
  @ApiProblemResponses(400)
  async listBrands(@Query() query: ListCatalogNodesQuery): Promise<Page<BrandResponse>> {
    return mapPage(await this.catalog.listBrands(query), BrandResponse.from);
  }

  @Get('brands/:id')
  @RequirePermission('catalog:read', 'storefront:read')
  @ApiOperation({ summary: 'One brand.' })
  @ApiOkResponse({ type: BrandResponse })
  @ApiProblemResponses(400, 404)
  async getBrand(@Param('id', ParseUUIDPipe) id: string): Promise<BrandResponse> {
    return BrandResponse.from(await this.catalog.getBrand(id));
  }

  @Post('brands')
  @RequirePermission('catalog:write')
  @ApiOperation({ summary: 'Add a brand.' })
  @ApiCreatedResponse({ type: BrandResponse })
  @ApiProblemResponses(400, 409)
  async createBrand(@Body() body: CreateBrandDto): Promise<BrandResponse> {
    return BrandResponse.from(await this.catalog.createBrand(body));
  }

  @Patch('brands/:id')
  @RequirePermission('catalog:write')
  @ApiOperation({ summary: 'Rename or archive a brand.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: BrandResponse })
  @ApiProblemResponses(400, 404, 409, 412)
  async updateBrand(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateBrandDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<BrandResponse> {
    return BrandResponse.from(await this.catalog.updateBrand(id, body, expected));
  }
}
