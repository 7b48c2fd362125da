import { describe, expect, it } from 'vitest';
import { fakeEmployee } from './hr-fixtures';
import { personalChanges, personalValuesOf } from './personal-changes';

describe('personalChanges', () => {
  it('sends nothing when nothing was changed, and never the masked ID number or bank account', () => {
    const employee = fakeEmployee();
    const changes = personalChanges(employee, personalValuesOf(employee));
    expect(changes).toEqual({});
    expect(JSON.stringify(changes)).not.toContain('*');
  });

  it('sends the typed ID number and bank account, and only the fields that changed', () => {
    const employee = fakeEmployee();
    const changes = personalChanges(employee, {
      ...personalValuesOf(employee),
      phone: ' 13900139000 ',
      idNumber: '44010619900101123x',
      bankAccount: '6225 8800 0000 1234',
    });
    expect(changes).toEqual({
      phone: '13900139000',
      idNumber: '44010619900101123X',
      bankAccount: '6225880000001234',
    });
  });

  it('clears a field emptied in the form and drops the emergency contact without a name', () => {
    const employee = fakeEmployee({ email: 'wang.wei@example.com' });
    const changes = personalChanges(employee, {
      ...personalValuesOf(employee),
      email: '',
      emergencyContact: { name: '', phone: '' },
      education: [],
    });
    expect(changes).toEqual({ email: null, emergencyContact: null, education: [] });
  });
});
