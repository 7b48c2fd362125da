import { Injectable } from '@nestjs/common';
import { OrgUnitsService } from '@zhanggui/api-identity';
import { DemoData, DemoDataSeeder, TransactionalConnection } from '@zhanggui/api-platform';
import { Customer } from './customers/customer.entity';
import { CustomersService } from './customers/customers.service';
import type { CustomerSource } from './customers/customer.entity';
import { MemberLevelsService } from './members/member-levels.service';
import { MembersService } from './members/members.service';
import { TerritoryCitiesService } from './territories/territory-cities.service';

/** The demo company's city org units (identity's demo data) and the GB/T 2260 cities they serve. */
const DEMO_TERRITORIES: Array<[orgUnitCode: string, cityCode: string]> = [
  ['GD-GZ', '440100'],
  ['GD-SZ', '440300'],
  ['ZJ-HZ', '330100'],
];

const LEVELS = [
  { nameZh: '普通会员', nameEn: 'Member', thresholdAmount: 0, rebateBps: 50 },
  { nameZh: '银卡会员', nameEn: 'Silver', thresholdAmount: 200_000, rebateBps: 100 },
  { nameZh: '金卡会员', nameEn: 'Gold', thresholdAmount: 1_000_000, rebateBps: 200 },
];

/** [name, province, city, district, street, source, member spend in 分 (undefined: not a member)] */
type DemoCustomer = [string, string, string, string | null, string, CustomerSource, number?];

const DEMO_CUSTOMERS: DemoCustomer[] = [
  ['张伟', '440000', '440100', '440106', '天河路 101 号（示例地址）', 'website', 1_250_000],
  ['王芳', '440000', '440100', '440104', '北京路 22 号（示例地址）', 'customer_service', 350_000],
  ['李娜', '440000', '440100', '440111', '白云大道 8 号（示例地址）', 'website'],
  ['刘洋', '440000', '440100', '440105', '江南大道 66 号（示例地址）', 'franchise'],
  ['陈静', '440000', '440100', '440106', '体育西路 3 号（示例地址）', 'website', 0],
  ['杨磊', '440000', '440100', '440113', '市桥街 15 号（示例地址）', 'customer_service'],
  ['赵敏', '440000', '440300', '440305', '科技园南路 9 号（示例地址）', 'website', 260_000],
  ['黄强', '440000', '440300', '440303', '东门路 18 号（示例地址）', 'website'],
  ['周婷', '440000', '440300', '440304', '福华路 27 号（示例地址）', 'customer_service'],
  ['吴昊', '440000', '440300', '440306', '新安街道 5 号（示例地址）', 'franchise'],
  ['徐丽', '440000', '440300', '440307', '龙城大道 12 号（示例地址）', 'website'],
  ['孙杰', '330000', '330100', '330106', '文三路 90 号（示例地址）', 'website', 1_800_000],
  ['胡琳', '330000', '330100', '330102', '解放路 41 号（示例地址）', 'customer_service'],
  ['朱涛', '330000', '330100', '330105', '湖墅南路 7 号（示例地址）', 'website'],
  ['高雪', '330000', '330100', '330108', '江南大道 200 号（示例地址）', 'franchise'],
  ['林峰', '330000', '330100', '330110', '文一西路 33 号（示例地址）', 'website'],
  ['何静怡', '110000', '110100', '110105', '建国路 88 号（示例地址）', 'website'],
  ['郭子豪', '310000', '310100', '310115', '张江路 16 号（示例地址）', 'customer_service'],
  ['马晓燕', '440000', '441900', null, '南城街道 2 号（示例地址）', 'website'],
  ['罗志远', '330000', '330200', '330212', '鄞州大道 77 号（示例地址）', 'customer_service'],
];

@Injectable()
@DemoData({ order: 40 })
export class OrdersDemoData implements DemoDataSeeder {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly orgUnits: OrgUnitsService,
    private readonly territories: TerritoryCitiesService,
    private readonly customers: CustomersService,
    private readonly levels: MemberLevelsService,
    private readonly members: MembersService,
  ) {}

  async seed(): Promise<string | void> {
    if (await this.connection.getRepository(Customer).exists()) return;
    const cities = await this.orgUnits.list({ kind: 'city', limit: 200 });
    for (const [code, cityCode] of DEMO_TERRITORIES) {
      const unit = cities.data.find((city) => city.code === code);
      if (unit) await this.territories.map(cityCode, unit.id);
    }
    for (const level of LEVELS) await this.levels.create(level);
    let memberCount = 0;
    for (const [
      index,
      [name, provinceCode, cityCode, districtCode, detail, source, spend],
    ] of DEMO_CUSTOMERS.entries()) {
      // 139 0000 00xx: plainly not anyone's real number.
      const phone = `1390000${String(index + 1).padStart(4, '0')}`;
      const { customer } = await this.customers.create({
        name,
        phone,
        source,
        tags: index % 4 === 0 ? ['示例数据', '老客户'] : ['示例数据'],
        addresses: [
          {
            provinceCode,
            cityCode,
            districtCode: districtCode ?? undefined,
            detail,
            recipientName: name,
            recipientPhone: phone,
          },
        ],
        marketingConsent:
          index % 3 === 0
            ? { granted: true, channel: source === 'website' ? 'website' : 'phone' }
            : undefined,
      });
      if (spend === undefined) continue;
      if (spend > 0)
        await this.members.recordQualifyingSpend(customer.id, spend, `DEMO-SPEND-${customer.number}`);
      await this.members.register(customer.id, source === 'website' ? 'website' : 'customer_service');
      memberCount++;
    }
    return `Demo data: ${DEMO_CUSTOMERS.length} customers, ${memberCount} members, ${LEVELS.length} member levels`;
  }
}
