import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiPageResponse,
  ApiProblemResponses,
  AuditWriter,
  mapPage,
  Page,
  PageQuery,
  RequirePermission,
  SignedIn,
} from '@zhanggui/api-platform';
import {
  CreatePayrollInputDto,
  CreatePayrollRunDto,
  CreateSalaryStructureDto,
  ListByEmployeeQuery,
  ListPayrollRunsQuery,
  PayrollInputResponse,
  PayrollRunResponse,
  PayslipResponse,
  SalaryStructureResponse,
} from './dto/payroll-run.dto';
import { ListPayrollEmployeesQuery, PayrollEmployeeResponse } from './dto/payroll-employee.dto';
import { HrInputs } from './hr-inputs';
import { PayrollEmployeesService } from './payroll-employees.service';
import { BankAccountMissingError } from './payroll.errors';
import { bankPaymentCsv, payrollSheetXlsx } from './payroll-files';
import type { Payslip } from './payroll.entities';
import { PayrollRunsService } from './payroll-runs.service';
import { PayslipsService } from './payslips.service';
import { SalaryStructuresService } from './salary-structures.service';

const slipView = (p: Payslip): PayslipResponse => ({
  id: p.id,
  runId: p.runId,
  month: p.month,
  employeeId: p.employeeId,
  employeeNumber: p.employeeNumber,
  employeeName: p.employeeName,
  currency: p.currency,
  gross: p.gross,
  employeeInsurance: p.employeeInsurance,
  employeeHousingFund: p.employeeHousingFund,
  tax: p.tax,
  net: p.net,
  figures: p.figures,
  locked: p.locked,
});

@ApiTags('finance')
@Controller('payroll-runs')
export class PayrollRunsController {
  constructor(
    private readonly runs: PayrollRunsService,
    private readonly payslips: PayslipsService,
    private readonly hr: HrInputs,
    private readonly audit: AuditWriter,
  ) {}

  @Post()
  @RequirePermission('payroll-runs:write')
  @ApiOperation({
    summary: 'Open a draft payroll run for a month and an org unit (and everything under it).',
  })
  @ApiCreatedResponse({ type: PayrollRunResponse })
  @ApiProblemResponses(400, 404)
  async create(@Body() body: CreatePayrollRunDto): Promise<PayrollRunResponse> {
    return PayrollRunResponse.from(await this.runs.create(body));
  }

  @Get()
  @RequirePermission('payroll-runs:read')
  @ApiOperation({ summary: 'Payroll runs in the caller’s scope, newest first by default.' })
  @ApiPageResponse(PayrollRunResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListPayrollRunsQuery): Promise<Page<PayrollRunResponse>> {
    return mapPage(await this.runs.list(query), PayrollRunResponse.from);
  }

  @Get(':id')
  @RequirePermission('payroll-runs:read')
  @ApiOperation({ summary: 'One payroll run with its totals.' })
  @ApiOkResponse({ type: PayrollRunResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<PayrollRunResponse> {
    return PayrollRunResponse.from(await this.runs.get(id));
  }

  @Post(':id/calculate')
  @HttpCode(200)
  @RequirePermission('payroll-runs:write')
  @ApiOperation({
    summary:
      'Compute (again) every payslip from the locked attendance, salary structures, appraisal coefficients and inputs. 409 naming the employees whose attendance month is not locked.',
  })
  @ApiOkResponse({ type: PayrollRunResponse })
  @ApiProblemResponses(400, 404, 409, 422)
  async calculate(@Param('id', ParseUUIDPipe) id: string): Promise<PayrollRunResponse> {
    return PayrollRunResponse.from(await this.runs.calculate(id));
  }

  @Post(':id/review')
  @HttpCode(200)
  @RequirePermission('payroll-runs:write')
  @ApiOperation({ summary: 'Mark a calculated run as reviewed (复核).' })
  @ApiOkResponse({ type: PayrollRunResponse })
  @ApiProblemResponses(400, 404, 409)
  async review(@Param('id', ParseUUIDPipe) id: string): Promise<PayrollRunResponse> {
    return PayrollRunResponse.from(await this.runs.review(id));
  }

  @Post(':id/approve')
  @HttpCode(200)
  @RequirePermission('payroll-runs:approve')
  @ApiOperation({
    summary: 'Approve a reviewed run: payslips lock, wages are accrued in the ledger, PayrollApproved.',
  })
  @ApiOkResponse({ type: PayrollRunResponse })
  @ApiProblemResponses(400, 404, 409)
  async approve(@Param('id', ParseUUIDPipe) id: string): Promise<PayrollRunResponse> {
    return PayrollRunResponse.from(await this.runs.approve(id));
  }

  @Post(':id/pay')
  @HttpCode(200)
  @RequirePermission('payroll-runs:pay')
  @ApiOperation({ summary: 'Record that the bank paid the net wages; posts the payment; the run is final.' })
  @ApiOkResponse({ type: PayrollRunResponse })
  @ApiProblemResponses(400, 404, 409)
  async pay(@Param('id', ParseUUIDPipe) id: string): Promise<PayrollRunResponse> {
    return PayrollRunResponse.from(await this.runs.pay(id));
  }

  @Get(':id/payslips')
  @RequirePermission('payslips:read')
  @ApiOperation({ summary: 'The run’s payslips by employee number.' })
  @ApiPageResponse(PayslipResponse)
  @ApiProblemResponses(400, 404)
  async payslipsOf(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQuery,
  ): Promise<Page<PayslipResponse>> {
    await this.runs.get(id, 'payslips:read');
    return mapPage(await this.payslips.ofRun(id, query), slipView);
  }

  @Get(':id/sheet')
  @RequirePermission('payslips:read')
  @ApiOperation({ summary: 'The payroll sheet (工资表) as an Excel workbook.' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'XLSX' })
  @ApiProblemResponses(400, 404)
  async sheet(@Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    const run = await this.runs.get(id, 'payslips:read');
    const file = await payrollSheetXlsx(run, await this.payslips.allOfRun(id));
    await reply
      .header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('Content-Disposition', `attachment; filename="payroll-${run.number}.xlsx"`)
      .send(file);
  }

  @Get(':id/bank-file')
  @RequirePermission('payroll-runs:pay')
  @ApiOperation({
    summary:
      'The bank payment file (CSV: account, name, amount in yuan) of an approved run; bank accounts are decrypted only here, and the export is audited.',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV' })
  @ApiProblemResponses(400, 404, 409, 422)
  async bankFile(@Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    const run = await this.runs.get(id, 'payroll-runs:pay');
    const slips = await this.runs.assertPayable(run).then(() => this.payslips.allOfRun(id));
    const rows: Array<{ account: string; name: string; amount: number }> = [];
    const missing: string[] = [];
    const payable = slips.filter((x) => x.net > 0);
    const accounts = await this.hr.bankAccounts(payable.map((s) => s.employeeId));
    for (const s of payable) {
      const account = accounts.get(s.employeeId);
      if (account) rows.push({ account, name: s.employeeName, amount: s.net });
      else missing.push(`${s.employeeNumber} ${s.employeeName}`);
    }
    if (missing.length) throw new BankAccountMissingError(missing);
    await this.audit.record({ action: 'export-bank-file', entityType: 'payroll_run', entityId: id });
    await reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="bank-${run.number}.csv"`)
      .send(bankPaymentCsv(rows));
  }
}

@ApiTags('finance')
@Controller('payslips')
export class PayslipsController {
  constructor(private readonly payslips: PayslipsService) {}

  @Get('mine')
  @SignedIn()
  @ApiOperation({ summary: 'The signed-in employee’s own approved payslips, newest first.' })
  @ApiOkResponse({ type: [PayslipResponse] })
  @ApiProblemResponses(401)
  async mine(): Promise<PayslipResponse[]> {
    return (await this.payslips.mine()).map(slipView);
  }

  @Get(':id')
  @SignedIn()
  @ApiOperation({
    summary: 'One payslip: payroll staff in scope, or its own employee once approved; else 404.',
  })
  @ApiOkResponse({ type: PayslipResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<PayslipResponse> {
    return slipView(await this.payslips.get(id));
  }
}

@ApiTags('finance')
@Controller()
export class PayrollSetupController {
  constructor(
    private readonly structures: SalaryStructuresService,
    private readonly employees: PayrollEmployeesService,
  ) {}

  @Get('payroll-employees')
  @RequirePermission('salary-structures:read')
  @ApiOperation({
    summary:
      'Employees by number with the salary structure in force today (null: none yet), within the caller’s scope.',
  })
  @ApiPageResponse(PayrollEmployeeResponse)
  @ApiProblemResponses(400)
  async listEmployees(@Query() query: ListPayrollEmployeesQuery): Promise<Page<PayrollEmployeeResponse>> {
    return await this.employees.list(query);
  }

  @Post('salary-structures')
  @RequirePermission('salary-structures:write')
  @ApiOperation({
    summary: 'Set an employee’s salary structure from a date (replaces one from the same date).',
  })
  @ApiCreatedResponse({ type: SalaryStructureResponse })
  @ApiProblemResponses(400, 404)
  async setStructure(@Body() body: CreateSalaryStructureDto): Promise<SalaryStructureResponse> {
    return await this.structures.set(body);
  }

  @Get('salary-structures')
  @RequirePermission('salary-structures:read')
  @ApiOperation({ summary: 'Salary structures, optionally of one employee.' })
  @ApiPageResponse(SalaryStructureResponse)
  @ApiProblemResponses(400)
  async listStructures(@Query() query: ListByEmployeeQuery): Promise<Page<SalaryStructureResponse>> {
    return await this.structures.list(query);
  }

  @Post('payroll-inputs')
  @RequirePermission('payroll-inputs:write')
  @ApiOperation({ summary: 'Add a commission, reward, deduction or allowance for an employee and month.' })
  @ApiCreatedResponse({ type: PayrollInputResponse })
  @ApiProblemResponses(400, 404, 409)
  async addInput(@Body() body: CreatePayrollInputDto): Promise<PayrollInputResponse> {
    const line = await this.structures.addInput(body);
    return (await this.employees.named({ data: [line], nextCursor: null })).data[0]!;
  }

  @Get('payroll-inputs')
  @RequirePermission('salary-structures:read')
  @ApiOperation({ summary: 'Payroll input lines by month or employee.' })
  @ApiPageResponse(PayrollInputResponse)
  @ApiProblemResponses(400)
  async listInputs(@Query() query: ListByEmployeeQuery): Promise<Page<PayrollInputResponse>> {
    return await this.employees.named(await this.structures.listInputs(query));
  }

  @Delete('payroll-inputs/:id')
  @HttpCode(204)
  @RequirePermission('payroll-inputs:write')
  @ApiOperation({ summary: 'Remove an input line of a month not yet approved.' })
  @ApiNoContentResponse()
  @ApiProblemResponses(400, 404, 409)
  async removeInput(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.structures.removeInput(id);
  }
}
