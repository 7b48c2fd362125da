import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { assertVersionMatches, Page, paginate, TransactionalConnection } from '@zhanggui/api-platform';
import { Brand } from '../brands/brand.entity';
import type {
  CreateBrandDto,
  CreateCategoryDto,
  ListCatalogNodesQuery,
  UpdateBrandDto,
  UpdateCategoryDto,
} from './dto/category.dto';
import { Category } from './category.entity';
import {
  BrandNameTakenError,
  BrandNotFoundError,
  CategoryNameTakenError,
  CategoryNotFoundError,
  CategoryParentInvalidError,
} from './category.errors';

/** The category tree and the brand list: the product manager's vocabulary. */
@Injectable()
export class CategoriesService {
  constructor(private readonly connection: TransactionalConnection) {}

  private get categories() {
    return this.connection.getRepository(Category);
  }

  private get brands() {
    return this.connection.getRepository(Brand);
  }

  listCategories(query: ListCatalogNodesQuery): Promise<Page<Category>> {
    const qb = this.categories.createQueryBuilder('c');
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.q) qb.andWhere('c.name ILIKE :q', { q: `%${escapeLike(query.q)}%` });
    return paginate(qb, query, {
      sorts: { name: { column: 'c.name', value: (c) => c.name } },
      idColumn: 'c.id',
      idValue: (c) => c.id,
    });
  }

  async getCategory(id: string): Promise<Category> {
    const category = await this.categories.findOneBy({ id });
    if (!category) throw new CategoryNotFoundError(id);
    return category;
  }

  /** The category and every category above it (promotions on 手机配件 also reach 手机壳). */
  async lineage(categoryId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.connection.manager.query(
      `WITH RECURSIVE up AS (SELECT id, parent_id FROM category WHERE id = $1
         UNION ALL SELECT c.id, c.parent_id FROM category c JOIN up ON c.id = up.parent_id)
       SELECT id FROM up`,
      [categoryId],
    );
    return rows.map((row) => row.id);
  }

  async createCategory(input: CreateCategoryDto): Promise<Category> {
    if (input.parentId) await this.activeParent(input.parentId);
    return this.translate(
      () =>
        this.categories.save(
          this.categories.create({
            name: input.name,
            parentId: input.parentId ?? null,
            sortOrder: input.sortOrder ?? 0,
            status: 'active',
          }),
        ),
      input.name,
    );
  }

  async updateCategory(id: string, changes: UpdateCategoryDto, expected?: number[]): Promise<Category> {
    const category = await this.categories.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!category) throw new CategoryNotFoundError(id);
    assertVersionMatches('category', expected, category.version);
    if (changes.parentId !== undefined && changes.parentId !== category.parentId) {
      if (changes.parentId !== null) {
        await this.activeParent(changes.parentId);
        if ((await this.lineage(changes.parentId)).includes(category.id)) {
          throw new CategoryParentInvalidError('it is this category or one below it');
        }
      }
      category.parentId = changes.parentId;
    }
    if (changes.name !== undefined) category.name = changes.name;
    if (changes.sortOrder !== undefined) category.sortOrder = changes.sortOrder;
    if (changes.status !== undefined) category.status = changes.status;
    return this.translate(() => this.categories.save(category), category.name);
  }

  listBrands(query: ListCatalogNodesQuery): Promise<Page<Brand>> {
    const qb = this.brands.createQueryBuilder('b');
    if (query.status) qb.andWhere('b.status = :status', { status: query.status });
    if (query.q) qb.andWhere('b.name ILIKE :q', { q: `%${escapeLike(query.q)}%` });
    return paginate(qb, query, {
      sorts: { name: { column: 'b.name', value: (b) => b.name } },
      idColumn: 'b.id',
      idValue: (b) => b.id,
    });
  }

  async getBrand(id: string): Promise<Brand> {
    const brand = await this.brands.findOneBy({ id });
    if (!brand) throw new BrandNotFoundError(id);
    return brand;
  }

  async createBrand(input: CreateBrandDto): Promise<Brand> {
    return this.translate(
      () => this.brands.save(this.brands.create({ name: input.name, status: 'active' })),
      input.name,
      true,
    );
  }

  async updateBrand(id: string, changes: UpdateBrandDto, expected?: number[]): Promise<Brand> {
    const brand = await this.brands.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!brand) throw new BrandNotFoundError(id);
    assertVersionMatches('brand', expected, brand.version);
    Object.assign(brand, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)));
    return this.translate(() => this.brands.save(brand), brand.name, true);
  }

  private async activeParent(parentId: string): Promise<Category> {
    const parent = await this.categories.findOneBy({ id: parentId });
    if (!parent || parent.status !== 'active')
      throw new CategoryParentInvalidError(`there is no active category ${parentId}`);
    return parent;
  }

  private async translate<T>(save: () => Promise<T>, name: string, brand = false): Promise<T> {
    try {
      return await save();
    } catch (error) {
      const constraint = (error as QueryFailedError & { driverError?: { constraint?: string } }).driverError
        ?.constraint;
      if (constraint === 'category_sibling_name_key') throw new CategoryNameTakenError(name);
      if (constraint === 'brand_name_key' && brand) throw new BrandNameTakenError(name);
      throw error;
    }
  }
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
