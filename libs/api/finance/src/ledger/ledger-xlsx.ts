import ExcelJS from 'exceljs';
import type { BalanceSheetAmounts, IncomeStatementAmounts } from './financial-statements';
import type { TrialBalance } from './ledger-reports.service';

const YUAN_FORMAT = '#,##0.00;[Red]-#,##0.00';

/**
 * Amounts are summed in 分 (integers) by the reports; only here, cell by cell, does a total become yuan for
 * Excel — one division of an exact integer, shown with two decimals.
 */
const yuan = (fen: number) => fen / 100;

function sheet(
  workbook: ExcelJS.Workbook,
  name: string,
  title: string,
  headers: string[],
): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name);
  ws.addRow([title]).font = { bold: true, size: 14 };
  ws.addRow(headers).font = { bold: true };
  ws.columns.forEach((column, index) => {
    column.width = index === 1 ? 36 : 16;
  });
  return ws;
}

function money(row: ExcelJS.Row, from: number): void {
  row.eachCell((cell, column) => {
    if (column >= from) cell.numFmt = YUAN_FORMAT;
  });
}

export async function trialBalanceXlsx(trial: TrialBalance): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = sheet(workbook, '科目余额表', `科目余额表 ${trial.period}（单位：元）`, [
    '科目编码',
    '科目名称',
    '期初借方',
    '期初贷方',
    '本期借方',
    '本期贷方',
    '期末借方',
    '期末贷方',
  ]);
  for (const row of trial.rows) {
    money(
      ws.addRow([
        row.code,
        `${'  '.repeat(row.level - 1)}${row.nameZh}`,
        yuan(row.openingDebit),
        yuan(row.openingCredit),
        yuan(row.debit),
        yuan(row.credit),
        yuan(row.closingDebit),
        yuan(row.closingCredit),
      ]),
      3,
    );
  }
  const t = trial.totals;
  const total = ws.addRow([
    '',
    '合计',
    yuan(t.openingDebit),
    yuan(t.openingCredit),
    yuan(t.debit),
    yuan(t.credit),
    yuan(t.closingDebit),
    yuan(t.closingCredit),
  ]);
  total.font = { bold: true };
  money(total, 3);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function incomeStatementXlsx(report: {
  period: string;
  current: IncomeStatementAmounts;
  yearToDate: IncomeStatementAmounts;
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = sheet(workbook, '利润表', `利润表 ${report.period}（单位：元）`, [
    '行次',
    '项目',
    '本期金额',
    '本年累计金额',
  ]);
  let lineNo = 0;
  const add = (name: string, current: number, ytd: number, bold = false) => {
    const row = ws.addRow([++lineNo, name, yuan(current), yuan(ytd)]);
    if (bold) row.font = { bold: true };
    money(row, 3);
  };
  const { current, yearToDate } = report;
  current.lines.forEach((line, index) => {
    add(line.nameZh, line.amount, yearToDate.lines[index].amount, index === 0);
    if (line.key === 'financialExpenses')
      add('二、营业利润', current.operatingProfit, yearToDate.operatingProfit, true);
    if (line.key === 'nonOperatingExpenses')
      add('三、利润总额', current.totalProfit, yearToDate.totalProfit, true);
  });
  add('四、净利润', current.netProfit, yearToDate.netProfit, true);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function balanceSheetXlsx(report: {
  period: string;
  closing: BalanceSheetAmounts;
  yearStart: BalanceSheetAmounts;
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = sheet(workbook, '资产负债表', `资产负债表 ${report.period} 期末（单位：元）`, [
    '',
    '项目',
    '期末余额',
    '年初余额',
  ]);
  const section = (title: string, key: 'assets' | 'liabilities' | 'equity', totalName: string) => {
    ws.addRow(['', title]).font = { bold: true };
    report.closing[key].lines.forEach((line) => {
      const start = report.yearStart[key].lines.find((l) => l.key === line.key)?.amount ?? 0;
      money(ws.addRow(['', line.nameZh, yuan(line.amount), yuan(start)]), 3);
    });
    const total = ws.addRow([
      '',
      totalName,
      yuan(report.closing[key].total),
      yuan(report.yearStart[key].total),
    ]);
    total.font = { bold: true };
    money(total, 3);
  };
  section('资产', 'assets', '资产总计');
  section('负债', 'liabilities', '负债合计');
  section('所有者权益', 'equity', '所有者权益合计');
  const total = ws.addRow([
    '',
    '负债和所有者权益总计',
    yuan(report.closing.liabilitiesAndEquity),
    yuan(report.yearStart.liabilitiesAndEquity),
  ]);
  total.font = { bold: true };
  money(total, 3);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
