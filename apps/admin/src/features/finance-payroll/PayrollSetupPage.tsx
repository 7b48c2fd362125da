import { Flex, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { chinaToday } from '../cod/cod.api';
import { InsuranceRulesTab } from './InsuranceRulesTab';
import { PayrollInputsTab } from './PayrollInputsTab';
import { previousMonth, setupSpec, SETUP_TABS } from './payroll-list-state';
import { SalaryStructuresTab } from './SalaryStructuresTab';

/** 薪资设置: salary structures, the month's input lines and the 五险一金 rules; the tab and filters in the URL. */
export function PayrollSetupPage() {
  const { t } = useTranslation();
  const [state, setState] = useUrlState(setupSpec);
  const month = state.month ?? previousMonth(chinaToday());
  const panes = {
    structures: <SalaryStructuresTab q={state.q} onSearch={(q) => setState({ q })} />,
    inputs: <PayrollInputsTab month={month} onMonth={(m) => setState({ month: m })} />,
    insurance: <InsuranceRulesTab year={state.year} onYear={(year) => setState({ year })} />,
  };
  return (
    <Flex vertical gap="middle">
      <Link to={PATHS.payrollRuns}>{t('financePayroll.run.backToList')}</Link>
      <PageHeader title={t('financePayroll.setup.title')} subtitle={t('financePayroll.setup.subtitle')} />
      <Tabs
        activeKey={state.tab}
        onChange={(tab) => setState({ tab: tab as (typeof SETUP_TABS)[number] })}
        items={SETUP_TABS.map((tab) => ({
          key: tab,
          label: t(`financePayroll.setup.tabs.${tab}`),
          children: panes[tab],
        }))}
      />
    </Flex>
  );
}
