import { ORG_UNIT_KINDS, parentRuleViolation } from './org-unit-kind';

describe('org unit parent rules', () => {
  it.each([
    ['company', undefined],
    ['department', 'company'],
    ['team', 'department'],
    ['team', 'team'],
    ['province', 'company'],
    ['region', 'province'],
    ['city', 'region'],
  ] as const)('a %s may sit under %s', (kind, parent) => {
    expect(parentRuleViolation(kind, parent)).toBeUndefined();
  });

  it.each([
    ['company', 'company', 'root of the tree'],
    ['department', undefined, 'needs a parent (company)'],
    ['city', 'province', 'must sit under a region, not a province'],
    ['region', 'company', 'must sit under a province'],
    ['department', 'team', 'must sit under a company'],
  ] as const)('a %s may not sit under %s', (kind, parent, reason) => {
    expect(parentRuleViolation(kind, parent)).toContain(reason);
  });

  it('covers every kind', () => {
    for (const kind of ORG_UNIT_KINDS) expect(() => parentRuleViolation(kind, 'company')).not.toThrow();
  });
});
