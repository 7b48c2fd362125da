import ExcelJS from 'exceljs';
import type { GeneralManagerDashboardResponse } from './dto/general-manager-dashboard.dto';

type Cell = string | number;

const FUNNEL_LABELS: Record<string, string> = {
  placed: '下单',
  paid: '已付款/确认',
  shipped: '已发货',
  delivered: '已签收',
  returned: '退货',
};

/** Amounts stay in 分 until here; one division of an exact integer turns them into yuan for people. */
const yuan = (fen: number) => fen / 100;

/** The dashboard as rows of [figure, value, count]: Chinese headers, amounts in yuan. */
export function dashboardRows(d: GeneralManagerDashboardResponse): Cell[][] {
  const rows: Cell[][] = [
    ['指标', '金额（元）', '数量'],
    ['今日销售', yuan(d.salesToday.amount), d.salesToday.orders],
    ['本月销售', yuan(d.salesThisMonth.amount), d.salesThisMonth.orders],
  ];
  for (const t of d.territories) {
    rows.push([`本月销售 · ${t.name}`, yuan(t.month.amount), t.month.orders]);
  }
  for (const s of d.funnel) rows.push([`本月订单漏斗 · ${FUNNEL_LABELS[s.stage]}`, '', s.count]);
  rows.push(
    ['库存预警', '', d.stockAlerts.count],
    ['现金（库存现金 + 银行存款）', yuan(d.cash.amount), ''],
    ['货到付款未缴', yuan(d.codOutstanding.amount), d.codOutstanding.remittances],
    [`应付账款（${d.payablesDue.dueBy} 前到期）`, yuan(d.payablesDue.amount), d.payablesDue.payables],
    ['SLA 超时工单', '', d.slaBreaches.count],
    ['在岗人数 / 编制', d.headcount.inPost, d.headcount.planned],
  );
  return rows;
}

function csvCell(value: Cell): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a byte-order mark, or Excel on Windows opens the Chinese as mojibake. */
export function dashboardCsv(d: GeneralManagerDashboardResponse): Buffer {
  const lines = dashboardRows(d).map((row) => row.map(csvCell).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function dashboardXlsx(d: GeneralManagerDashboardResponse): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('总经理看板');
  ws.addRow([`总经理看板 ${d.date}`]).font = { bold: true, size: 14 };
  const [header, ...body] = dashboardRows(d);
  ws.addRow(header).font = { bold: true };
  for (const row of body) ws.addRow(row).getCell(2).numFmt = '#,##0.00';
  ws.columns = [{ width: 40 }, { width: 18 }, { width: 12 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
