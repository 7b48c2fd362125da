import { describe, expect, it } from 'vitest';
import { changesBetween, formValuesOf } from './org-unit-changes';
import type { OrgUnit } from './org-units.api';

const guangzhou: OrgUnit = {
  id: '0190a0b0-0000-7000-8000-000000000001',
  code: 'GD-GZ',
  name: '广州市',
  kind: 'city',
  parentId: '0190a0b0-0000-7000-8000-000000000002',
  status: 'active',
  version: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
};

describe('changesBetween', () => {
  it('finds nothing when the form still holds the unit', () => {
    expect(changesBetween(guangzhou, formValuesOf(guangzhou))).toBeUndefined();
  });

  it('sends only the fields the user changed', () => {
    expect(changesBetween(guangzhou, { ...formValuesOf(guangzhou), name: '广州市（新）' })).toEqual({
      name: '广州市（新）',
    });
  });

  it('compares codes and names as the API stores them', () => {
    expect(
      changesBetween(guangzhou, { ...formValuesOf(guangzhou), code: ' gd-gz ', name: ' 广州市 ' }),
    ).toBeUndefined();
    expect(changesBetween(guangzhou, { ...formValuesOf(guangzhou), code: 'gd-gz2' })).toEqual({
      code: 'GD-GZ2',
    });
  });

  it('moves the unit when another parent is chosen', () => {
    const parentId = '0190a0b0-0000-7000-8000-000000000009';
    expect(changesBetween(guangzhou, { ...formValuesOf(guangzhou), parentId })).toEqual({ parentId });
  });
});
