import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';
import { downloadFile } from '../../shared/transfer/authorized-transfer';

export type PayrollRun = ApiSchemas['PayrollRunResponse'];
export type PayrollRunStatus = 'draft' | 'calculated' | 'reviewed' | 'approved' | 'paid';
export type Payslip = ApiSchemas['PayslipResponse'];
export type SalaryStructure = ApiSchemas['SalaryStructureResponse'];
export type NewSalaryStructure = ApiSchemas['CreateSalaryStructureDto'];
export type PayrollEmployee = ApiSchemas['PayrollEmployeeResponse'];
export type PayrollInput = ApiSchemas['PayrollInputResponse'];
export type NewPayrollInput = ApiSchemas['CreatePayrollInputDto'];
export type InsuranceRule = ApiSchemas['InsuranceRuleResponse'];
export type InsuranceRuleChange = ApiSchemas['PutInsuranceRuleDto'];
export type RunQuery = NonNullable<operations['PayrollRuns_list']['parameters']['query']>;
export type EmployeeQuery = NonNullable<operations['PayrollSetup_listEmployees']['parameters']['query']>;
export type InputQuery = NonNullable<operations['PayrollSetup_listInputs']['parameters']['query']>;

/** The run's life, in order: what the wizard's steps show. */
export const RUN_STATUSES = [
  'draft',
  'calculated',
  'reviewed',
  'approved',
  'paid',
] as const satisfies readonly PayrollRunStatus[];
export const INPUT_KINDS = ['commission', 'reward', 'deduction', 'allowance'] as const;
export const COST_ACCOUNTS = ['6601', '6602'] as const;

export const payrollKeys = {
  all: ['payroll'] as const,
  runs: () => [...payrollKeys.all, 'runs'] as const,
  runList: (query: RunQuery) => [...payrollKeys.runs(), 'list', query] as const,
  run: (id: string) => [...payrollKeys.runs(), 'detail', id] as const,
  payslips: (runId: string) => [...payrollKeys.run(runId), 'payslips'] as const,
  payslip: (id: string) => [...payrollKeys.all, 'payslip', id] as const,
  mine: () => [...payrollKeys.all, 'mine'] as const,
  employees: (query: EmployeeQuery) => [...payrollKeys.all, 'employees', query] as const,
  structures: (employeeId: string) => [...payrollKeys.all, 'structures', employeeId] as const,
  inputs: (query: InputQuery) => [...payrollKeys.all, 'inputs', query] as const,
  rules: (year: number) => [...payrollKeys.all, 'insurance-rules', year] as const,
};

export function runListQuery(query: RunQuery) {
  return queryOptions({
    queryKey: payrollKeys.runList(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/payroll-runs', { params: { query }, signal })),
  });
}

export function runQuery(id: string) {
  return queryOptions({
    queryKey: payrollKeys.run(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/payroll-runs/{id}', { params: { path: { id } }, signal })),
  });
}

/** Every payslip of a run: the review table sorts and totals them all, so all pages are read. */
export function runPayslipsQuery(runId: string) {
  return queryOptions({
    queryKey: payrollKeys.payslips(runId),
    queryFn: async ({ signal }) => {
      const slips: Payslip[] = [];
      let cursor: string | undefined;
      do {
        const page = await unwrap(
          api.GET('/api/v1/payroll-runs/{id}/payslips', {
            params: { path: { id: runId }, query: { limit: 200, cursor } },
            signal,
          }),
        );
        slips.push(...page.data);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return slips;
    },
  });
}

export function payslipQuery(id: string) {
  return queryOptions({
    queryKey: payrollKeys.payslip(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/payslips/{id}', { params: { path: { id } }, signal })),
  });
}

export function myPayslipsQuery() {
  return queryOptions({
    queryKey: payrollKeys.mine(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/payslips/mine', { signal })),
  });
}

export function payrollEmployeesQuery(query: EmployeeQuery) {
  return queryOptions({
    queryKey: payrollKeys.employees(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/payroll-employees', { params: { query }, signal })),
  });
}

export function structureHistoryQuery(employeeId: string) {
  return queryOptions({
    queryKey: payrollKeys.structures(employeeId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/salary-structures', { params: { query: { employeeId, limit: 100 } }, signal })),
  });
}

export function inputListQuery(query: InputQuery) {
  return queryOptions({
    queryKey: payrollKeys.inputs(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/payroll-inputs', { params: { query }, signal })),
  });
}

export function insuranceRulesQuery(year: number) {
  return queryOptions({
    queryKey: payrollKeys.rules(year),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/social-insurance-rules', { params: { query: { year } }, signal })),
  });
}

export function createRun(input: ApiSchemas['CreatePayrollRunDto']): Promise<PayrollRun> {
  return unwrap(api.POST('/api/v1/payroll-runs', { body: input }));
}

export type RunStep = 'calculate' | 'review' | 'approve' | 'pay';

export function advanceRun(id: string, step: RunStep): Promise<PayrollRun> {
  const params = { path: { id } };
  switch (step) {
    case 'calculate':
      return unwrap(api.POST('/api/v1/payroll-runs/{id}/calculate', { params }));
    case 'review':
      return unwrap(api.POST('/api/v1/payroll-runs/{id}/review', { params }));
    case 'approve':
      return unwrap(api.POST('/api/v1/payroll-runs/{id}/approve', { params }));
    case 'pay':
      return unwrap(api.POST('/api/v1/payroll-runs/{id}/pay', { params }));
  }
}

export function setStructure(input: NewSalaryStructure): Promise<SalaryStructure> {
  return unwrap(api.POST('/api/v1/salary-structures', { body: input }));
}

export function addInput(input: NewPayrollInput): Promise<PayrollInput> {
  return unwrap(api.POST('/api/v1/payroll-inputs', { body: input }));
}

export function removeInput(id: string): Promise<void> {
  return unwrap(api.DELETE('/api/v1/payroll-inputs/{id}', { params: { path: { id } } })).then(
    () => undefined,
  );
}

export function putInsuranceRule(
  city: string,
  year: number,
  rule: InsuranceRuleChange,
): Promise<InsuranceRule> {
  return unwrap(
    api.PUT('/api/v1/social-insurance-rules/{city}/{year}', { params: { path: { city, year } }, body: rule }),
  );
}

export function downloadSheet(run: PayrollRun): Promise<string> {
  return downloadFile(
    `/api/v1/payroll-runs/${encodeURIComponent(run.id)}/sheet`,
    `payroll-${run.number}.xlsx`,
  );
}

export function downloadBankFile(run: PayrollRun): Promise<string> {
  return downloadFile(
    `/api/v1/payroll-runs/${encodeURIComponent(run.id)}/bank-file`,
    `bank-${run.number}.csv`,
  );
}
