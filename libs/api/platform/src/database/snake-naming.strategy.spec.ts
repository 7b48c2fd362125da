import { snakeCase } from './snake-naming.strategy';

describe('snake_case naming', () => {
  it.each([
    ['OrgUnit', 'org_unit'],
    ['parentId', 'parent_id'],
    ['createdAt', 'created_at'],
    ['HTTPRequestLog', 'http_request_log'],
    ['sku2Code', 'sku2_code'],
    ['version', 'version'],
  ])('%s → %s', (name, expected) => {
    expect(snakeCase(name)).toBe(expected);
  });
});
