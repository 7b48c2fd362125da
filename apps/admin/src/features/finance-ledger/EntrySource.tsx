import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import {
  codRemittancePath,
  expenseClaimPath,
  fixedAssetPath,
  orderPath,
  paymentRunPath,
  payrollRunPath,
  returnPath,
} from '../../app/paths';
import type { JournalEntrySummary } from './ledger.api';

/** Where the console shows each kind of source document; kinds without a page show their number only. */
const SOURCE_PAGES: Record<string, (id: string) => string> = {
  order: orderPath,
  cod_remittance: codRemittancePath,
  return: returnPath,
  payment_run: paymentRunPath,
  payroll_run: payrollRunPath,
  expense_claim: expenseClaimPath,
  fixed_asset: fixedAssetPath,
};

/** 来源单据: the document an automatic entry was posted from, linked when the console has its page. */
export function EntrySource({ source }: { source: JournalEntrySummary['source'] }) {
  const { t, i18n } = useTranslation();
  if (!source) return <span>{t('financeLedger.entries.manual')}</span>;
  const kind = i18n.exists(`financeLedger.sources.${source.type}`)
    ? t(`financeLedger.sources.${source.type as 'order'}`)
    : source.type;
  const label = source.number ?? source.id.slice(0, 8);
  const page = SOURCE_PAGES[source.type];
  return (
    <span>
      {kind} {page ? <Link to={page(source.id)}>{label}</Link> : label}
    </span>
  );
}
