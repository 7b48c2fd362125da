/** 费比控制: sales expenses against budget per territory, and the expense ratio against plan. */
export const salesExpenseControl = {
  title: '费比控制',
  subtitle: '各辖区销售费用预算执行与费比（销售费用 ÷ 净销售额），用到 80% 预警，达到 100% 超支。',
  period: '月份',
  empty: '辖区内没有销售区域',
  noBudget: '未设预算',
  openClaims: '查看报销单',
  pendingNote: '含审批中 {{amount}}',
  attention: '{{count}} 个辖区需关注：超支 {{exceeded}} 个，预警 {{warnings}} 个',
  explain:
    '已花费 = 已入账的销售费用（6601）+ 审批中的报销；费比 = 已花费 ÷ 净销售额；计划费比 = 预算 ÷ 当月销售目标。',
  kinds: { province: '省', region: '区域', city: '城市' },
  statuses: { ok: '正常', warning: '预警', exceeded: '超支' },
  fields: {
    territory: '辖区',
    budget: '费用预算',
    spent: '已花费',
    used: '预算使用',
    netSales: '净销售额',
    ratio: '费比 / 计划',
    status: '状态',
  },
};
