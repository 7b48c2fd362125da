import ExcelJS from 'exceljs';
import type {
  DepartmentDashboardName,
  DepartmentDashboardResponse,
  FigureUnit,
} from './dto/department-dashboard.dto';

type Cell = string | number;

export const DEPARTMENT_TITLES: Record<DepartmentDashboardName, string> = {
  sales: '销售看板',
  procurement: '采购看板',
  support: '客服看板',
  warehouse: '仓储看板',
  hr: '人事看板',
  finance: '财务看板',
};

/** The export's words for each figure and chart key; a key missing here is shown as itself. */
const LABELS: Record<string, string> = {
  salesToday: '今日销售',
  salesThisMonth: '本月销售',
  targetAttainment: '本月目标达成率',
  returnsRate: '本月退货率',
  codOutstanding: '货到付款未缴',
  ordersByStatus: '本月订单状态',
  topProducts: '本月畅销商品',
  openPurchaseOrders: '未完成采购订单',
  overdueReceipts: '逾期未到货',
  mismatchedInvoices: '差异发票',
  stockAlerts: '库存预警',
  openPurchaseOrdersByStatus: '采购订单状态',
  openTickets: '未结工单',
  slaBreaches: 'SLA 超时工单',
  firstResponseMedian: '本月首次响应中位数',
  satisfaction: '本月满意度',
  openTicketsByPriority: '未结工单优先级',
  pendingShipments: '待发货订单',
  transfersInTransit: '在途调拨',
  pendingShipmentsByStatus: '待发货订单状态',
  headcount: '在岗人数 / 编制',
  openHiringRequests: '未完成招聘需求',
  probationEnding: '30 天内试用期到期',
  onLeaveToday: '今日休假',
  headcountByUnit: '各部门在岗 / 编制',
  cash: '现金（库存现金 + 银行存款）',
  payablesDue: '7 天内到期应付',
  budgetsOver80: '预算使用超过 80%',
  unreconciledDays: '近 30 天未日结天数',
  cashAccounts: '现金账户',
  budgetUtilisation: '预算使用率',
};

const UNIT_SUFFIX: Record<FigureUnit, string> = {
  count: '',
  money: '（元）',
  percent: '（%）',
  minutes: '（分钟）',
  score: '（1–5 分）',
};

/** Amounts stay in 分 until here; one division of an exact integer turns them into yuan for people. */
const shown = (unit: FigureUnit, value: number | null | undefined): Cell =>
  value === null || value === undefined ? '' : unit === 'money' ? value / 100 : value;

/** The figures, then every chart's points, as rows of [figure, value, count, target]. */
export function departmentRows(d: DepartmentDashboardResponse): Cell[][] {
  const rows: Cell[][] = [['指标', '数值', '数量', '目标']];
  for (const f of d.figures) {
    rows.push([
      `${LABELS[f.key] ?? f.key}${UNIT_SUFFIX[f.unit]}`,
      shown(f.unit, f.value),
      f.count ?? '',
      shown(f.unit, f.target),
    ]);
  }
  for (const chart of d.charts) {
    for (const p of chart.points) {
      rows.push([
        `${LABELS[chart.key] ?? chart.key} · ${p.label ?? p.key}${UNIT_SUFFIX[chart.unit]}`,
        shown(chart.unit, p.value),
        '',
        p.compare ?? '',
      ]);
    }
  }
  return rows;
}

function csvCell(value: Cell): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a byte-order mark, or Excel on Windows opens the Chinese as mojibake. */
export function departmentCsv(d: DepartmentDashboardResponse): Buffer {
  const lines = departmentRows(d).map((row) => row.map(csvCell).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function departmentXlsx(d: DepartmentDashboardResponse): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(DEPARTMENT_TITLES[d.department]);
  ws.addRow([`${DEPARTMENT_TITLES[d.department]} ${d.date}`]).font = { bold: true, size: 14 };
  const [header, ...body] = departmentRows(d);
  ws.addRow(header).font = { bold: true };
  for (const row of body) ws.addRow(row);
  ws.columns = [{ width: 40 }, { width: 18 }, { width: 12 }, { width: 18 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
