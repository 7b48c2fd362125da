import { Injectable } from '@nestjs/common';
import sharp from 'sharp';
import { DemoData, DemoDataSeeder, TransactionalConnection } from '@zhanggui/api-platform';
import { CategoriesService } from './categories/categories.service';
import { Category } from './categories/category.entity';
import { ImagesService } from './images/images.service';
import { PricesService } from './prices/prices.service';
import { Product } from './products/product.entity';
import { ProductsService } from './products/products.service';

interface DemoProduct {
  name: string;
  category: string;
  colour: string;
  skus: Array<{ code: string; name: string; cost: number; website: number; offline: number }>;
  listed: boolean;
}

/** A small, clearly fake range: enough to search, price and list in the console on a first start. */
const DEMO_PRODUCTS: DemoProduct[] = [
  {
    name: '演示款 苹果 iPhone 15 超薄手机壳',
    category: '手机壳',
    colour: '#1f2937',
    listed: true,
    skus: [
      { code: 'DEMO-CASE-IP15-BLK', name: '黑色', cost: 1200, website: 3990, offline: 4500 },
      { code: 'DEMO-CASE-IP15-CLR', name: '透明', cost: 1000, website: 3590, offline: 3990 },
    ],
  },
  {
    name: '演示款 小米快速充电器 67W',
    category: '充电器',
    colour: '#f97316',
    listed: true,
    skus: [{ code: 'DEMO-CHG-67W', name: '白色', cost: 4500, website: 8900, offline: 9900 }],
  },
  {
    name: '演示款 USB-C 编织数据线 1米',
    category: '数据线',
    colour: '#0ea5e9',
    listed: true,
    skus: [
      { code: 'DEMO-CBL-C1M', name: '1米', cost: 800, website: 2490, offline: 2990 },
      { code: 'DEMO-CBL-C2M', name: '2米', cost: 1100, website: 2990, offline: 3490 },
    ],
  },
  {
    name: '演示款 降噪蓝牙耳机',
    category: '耳机',
    colour: '#6366f1',
    listed: false,
    skus: [{ code: 'DEMO-EAR-ANC', name: '标准版', cost: 12000, website: 19900, offline: 21900 }],
  },
  {
    name: '演示款 车载手机支架',
    category: '手机配件',
    colour: '#16a34a',
    listed: false,
    skus: [{ code: 'DEMO-HOLDER-CAR', name: '出风口款', cost: 1500, website: 3900, offline: 4500 }],
  },
];

@Injectable()
@DemoData({ order: 20 })
export class CatalogDemoData implements DemoDataSeeder {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly categories: CategoriesService,
    private readonly products: ProductsService,
    private readonly prices: PricesService,
    private readonly images: ImagesService,
  ) {}

  async seed(): Promise<string | void> {
    if (await this.connection.getRepository(Product).exists()) return;
    const categoryIds = await this.seedCategories();
    for (const demo of DEMO_PRODUCTS) {
      const detail = await this.products.create({
        name: demo.name,
        categoryId: categoryIds.get(demo.category),
        skus: demo.skus.map((sku) => ({ code: sku.code, name: sku.name, attributes: { 规格: sku.name } })),
      });
      for (const sku of detail.skus) {
        const plan = demo.skus.find((s) => s.code === sku.code)!;
        await this.prices.setCost(sku.id, plan.cost, '演示数据期初成本');
        await this.prices.setPrice(sku.id, { channel: 'website', amount: plan.website });
        await this.prices.setPrice(sku.id, { channel: 'offline', amount: plan.offline });
      }
      await this.images.upload(detail.product.id, await placeholderPhoto(demo.colour));
      await this.products.setContent(detail.product.id, 'zh-CN', {
        title: demo.name,
        sellingPoints: ['演示数据', '仅供体验'],
        descriptionHtml: `<p>${demo.name}：演示用商品，非真实销售。</p>`,
      });
      if (demo.listed) {
        await this.products.transition(detail.product.id, 'submit');
        await this.products.transition(detail.product.id, 'list');
      }
    }
    return `Demo data: ${categoryIds.size} categories and ${DEMO_PRODUCTS.length} products with prices and images`;
  }

  private async seedCategories(): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    const tree: Array<[string, string | null]> = [
      ['手机配件', null],
      ['手机壳', '手机配件'],
      ['充电器', '手机配件'],
      ['数据线', '手机配件'],
      ['数码影音', null],
      ['耳机', '数码影音'],
    ];
    for (const [name, parent] of tree) {
      const category: Category = await this.categories.createCategory({
        name,
        parentId: parent ? ids.get(parent) : undefined,
      });
      ids.set(name, category.id);
    }
    return ids;
  }
}

/** A plain coloured square: product photography is the graphic artists' job, not the demo's. */
function placeholderPhoto(colour: string): Promise<Buffer> {
  return sharp({ create: { width: 800, height: 800, channels: 3, background: colour } })
    .png()
    .toBuffer();
}
