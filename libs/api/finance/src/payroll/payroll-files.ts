import ExcelJS from 'exceljs';
import type { Payslip, PayrollRun } from './payroll.entities';

const YUAN_FORMAT = '#,##0.00';
/** Exact: an integer of 分 printed as yuan with two decimals, no float arithmetic. */
export const yuanText = (fen: number) =>
  `${fen < 0 ? '-' : ''}${Math.floor(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, '0')}`;

/** The payroll sheet (工资表) of a run, one row per employee, amounts in yuan. */
export async function payrollSheetXlsx(run: PayrollRun, slips: Payslip[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('工资表');
  ws.addRow([`${run.month} 工资表 ${run.number}（单位：元）`]).font = { bold: true, size: 14 };
  const headers = [
    '工号',
    '姓名',
    '基本工资',
    '岗位津贴',
    '其他津贴',
    '加班费',
    '缺勤扣款',
    '绩效奖金',
    '提成',
    '其他',
    '应发工资',
    '个人社保',
    '个人公积金',
    '个人所得税',
    '实发工资',
  ];
  ws.addRow(headers).font = { bold: true };
  for (const s of slips) {
    const f = s.figures as Record<string, number>;
    const row = ws.addRow([
      s.employeeNumber,
      s.employeeName,
      ...[
        f.baseSalary,
        f.positionAllowance,
        f.otherAllowances,
        f.overtimePay,
        -f.absenceDeduction,
        f.bonus,
        f.commission,
        f.otherIncome,
        s.gross,
        -s.employeeInsurance,
        -s.employeeHousingFund,
        -s.tax,
        s.net,
      ].map((fen) => fen / 100),
    ]);
    row.eachCell((cell, column) => {
      if (column >= 3) cell.numFmt = YUAN_FORMAT;
    });
  }
  ws.addRow([
    '合计',
    `${slips.length} 人`,
    ...Array(8).fill(null),
    run.grossTotal / 100,
    null,
    null,
    -run.taxTotal / 100,
    run.netTotal / 100,
  ]).font = { bold: true };
  ws.columns.forEach((column) => (column.width = 14));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csvField = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The bank's batch payment file (代发工资): account, name, amount in yuan with two decimals; BOM for Excel. */
export function bankPaymentCsv(rows: Array<{ account: string; name: string; amount: number }>): string {
  const lines = [
    '账号,户名,金额',
    ...rows.map((r) => [r.account, r.name, yuanText(r.amount)].map(csvField).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
