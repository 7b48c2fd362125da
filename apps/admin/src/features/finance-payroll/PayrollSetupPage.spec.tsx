import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { page, TERRITORY_ID } from '../orders/order-fixtures';
import { percentText, ruleToValues, valuesToRule, type RuleValues } from './insurance-rule-form';
import { ALICE_ID, fakeEmployee, PAYROLL_STAFF, salesUnit } from './payroll-fixtures';

const finance = fakeUser({ permissions: PAYROLL_STAFF });

const beijing = {
  city: '北京',
  year: 2026,
  employeeRates: {
    pension: 800,
    medical: 200,
    unemployment: 50,
    workInjury: 0,
    maternity: 0,
    housingFund: 1200,
  },
  employerRates: {
    pension: 1600,
    medical: 900,
    unemployment: 50,
    workInjury: 40,
    maternity: 80,
    housingFund: 1200,
  },
  baseFloor: 690_700,
  baseCeiling: 3_530_700,
  housingFundFloor: 254_000,
  housingFundCeiling: 3_530_700,
};

function stubSetup(routes = {}) {
  return signIn(finance, {
    'GET /api/v1/payroll-employees': page(fakeEmployee()),
    [`GET /api/v1/org-units/${TERRITORY_ID}`]: salesUnit,
    ...routes,
  });
}

describe('insurance rule form', () => {
  it('turns percent text into basis points and back, exactly', () => {
    expect(percentText(50)).toBe('0.5');
    expect(percentText(1200)).toBe('12');
    const values = ruleToValues(beijing) as RuleValues;
    expect(values.employee_unemployment).toBe('0.5');
    expect(valuesToRule({ ...values, employee_medical: '2.25' })).toMatchObject({
      employeeRates: { medical: 225, unemployment: 50 },
      baseFloor: 690_700,
    });
  });
});

describe('PayrollSetupPage', () => {
  it('sets an employee’s first salary structure, typed in yuan and sent in 分', async () => {
    let posted: Record<string, unknown> | undefined;
    stubSetup({
      'GET /api/v1/salary-structures': page({
        id: 'old',
        employeeId: ALICE_ID,
        effectiveFrom: '2025-03-01',
        baseSalary: 800_000,
        positionAllowance: 50_000,
        otherAllowances: 30_000,
        currency: 'CNY',
        insuranceCity: '北京',
        insuranceBase: null,
        additionalDeductions: {},
        costAccount: '6602',
        source: 'hire',
        version: 1,
      }),
      'POST /api/v1/salary-structures': async (request: Request) => {
        posted = await request.json();
        return json(201, { id: 'x', ...posted });
      },
    });
    renderApp('/finance/payroll/setup');
    const table = await screen.findByTestId('salary-structures-table', {}, { timeout: 30_000 });
    const row = (await within(table).findByText('E00001 王丽')).closest('tr')!;
    expect(row.textContent).toContain('未设置');
    fireEvent.click(within(row).getByRole('button', { name: /设\s?置/ }));
    const dialog = await screen.findByRole('dialog');
    // What the change replaces: the structure agreed on hire.
    expect(await within(dialog).findByText('2025-03-01 起：基本工资 ¥8,000.00，津贴 ¥800.00')).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: '基本工资' }), {
      target: { value: '8,500.5' },
    });
    fireEvent.change(within(dialog).getByRole('textbox', { name: '岗位津贴' }), { target: { value: '500' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    await waitFor(() =>
      expect(posted).toMatchObject({
        employeeId: ALICE_ID,
        baseSalary: 850_050,
        positionAllowance: 50_000,
        otherAllowances: 0,
        insuranceCity: '北京',
        costAccount: '6602',
      }),
    );
  }, 90_000);

  it('adds and removes the month’s input lines', async () => {
    let posted: Record<string, unknown> | undefined;
    let removed = false;
    const line = {
      id: '0190a0b0-0000-7000-8000-000000000c09',
      employeeId: ALICE_ID,
      employeeNumber: 'E00001',
      employeeName: '王丽',
      month: '2026-10',
      kind: 'commission',
      amount: 300_000,
      currency: 'CNY',
      description: '10月销售提成',
      source: 'manual',
      sourceRef: null,
    };
    stubSetup({
      'GET /api/v1/payroll-inputs': () => json(200, removed ? page() : page(line)),
      'POST /api/v1/payroll-inputs': async (request: Request) => {
        posted = await request.json();
        return json(201, line);
      },
      [`DELETE /api/v1/payroll-inputs/${line.id}`]: () => {
        removed = true;
        return new Response(null, { status: 204 });
      },
    });
    renderApp('/finance/payroll/setup?tab=inputs&month=2026-10');
    const table = await screen.findByTestId('payroll-inputs-table', {}, { timeout: 30_000 });
    const row = (await within(table).findByText('E00001 王丽')).closest('tr')!;
    expect(row.textContent).toContain('提成');
    expect(row.textContent).toContain('¥3,000.00');

    fireEvent.click(screen.getByRole('button', { name: /录入工资项目/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '员工' }));
    fireEvent.click(await screen.findByTitle('王丽（E00001）'));
    fireEvent.change(within(dialog).getByRole('textbox', { name: '金额' }), { target: { value: '200' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: '说明' }), { target: { value: '全勤奖' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /录入工资项目/ }));
    await waitFor(() =>
      expect(posted).toEqual({
        employeeId: ALICE_ID,
        month: '2026-10',
        kind: 'reward',
        amount: 20_000,
        description: '全勤奖',
      }),
    );

    fireEvent.click(within(row).getByRole('button', { name: /删\s?除/ }));
    const confirm = await screen.findByRole('tooltip');
    fireEvent.click(within(confirm).getByRole('button', { name: /删\s?除/ }));
    expect(await screen.findByText('2026-10 没有工资项目')).toBeTruthy();
  }, 90_000);

  it('edits a city’s 五险一金 rule for the year in percent and yuan', async () => {
    let put: { url: string; body: Record<string, unknown> } | undefined;
    stubSetup({
      'GET /api/v1/social-insurance-rules': [beijing],
      [`PUT /api/v1/social-insurance-rules/${encodeURIComponent('北京')}/2026`]: async (request: Request) => {
        put = { url: request.url, body: await request.json() };
        return json(200, { ...beijing, ...put.body });
      },
    });
    renderApp('/finance/payroll/setup?tab=insurance&year=2026');
    const table = await screen.findByTestId('insurance-rules-table', {}, { timeout: 30_000 });
    const row = (await within(table).findByText('北京')).closest('tr')!;
    expect(row.textContent).toContain('8% / 2% / 0.5% / 12%');
    expect(row.textContent).toContain('¥6,907.00 – ¥35,307.00');
    fireEvent.click(within(row).getByRole('button', { name: /调\s?整/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: '个人 住房公积金' }), {
      target: { value: '7' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    await waitFor(() =>
      expect(put?.body).toMatchObject({
        employeeRates: { pension: 800, housingFund: 700 },
        baseFloor: 690_700,
      }),
    );
  }, 90_000);
});
