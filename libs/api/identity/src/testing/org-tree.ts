import type { TestApp } from '@zhanggui/api-platform/testing';
import type { SignedInUser } from './index';

/** A small company tree for scope tests: two provinces, each with a region and its cities. */
export interface OrgTree {
  company: string;
  sales: string;
  guangdong: string;
  pearlRiverDelta: string;
  guangzhou: string;
  shenzhen: string;
  zhejiang: string;
  northZhejiang: string;
  hangzhou: string;
}

export async function createOrgTree(t: TestApp, admin: SignedInUser): Promise<OrgTree> {
  const add = async (code: string, name: string, kind: string, parentId?: string): Promise<string> => {
    const response = await t.http(admin.auth).post('/api/v1/org-units').send({ code, name, kind, parentId });
    if (response.status !== 201) throw new Error(`Creating ${code} failed: ${JSON.stringify(response.body)}`);
    return response.body.id;
  };
  const company = await add('CO', '测试公司', 'company');
  const sales = await add('SALES', '销售部', 'department', company);
  const guangdong = await add('GD', '广东省', 'province', company);
  const pearlRiverDelta = await add('GD-PRD', '珠三角区域', 'region', guangdong);
  const guangzhou = await add('GD-GZ', '广州市', 'city', pearlRiverDelta);
  const shenzhen = await add('GD-SZ', '深圳市', 'city', pearlRiverDelta);
  const zhejiang = await add('ZJ', '浙江省', 'province', company);
  const northZhejiang = await add('ZJ-N', '浙北区域', 'region', zhejiang);
  const hangzhou = await add('ZJ-HZ', '杭州市', 'city', northZhejiang);
  return {
    company,
    sales,
    guangdong,
    pearlRiverDelta,
    guangzhou,
    shenzhen,
    zhejiang,
    northZhejiang,
    hangzhou,
  };
}
