import { useQuery } from '@tanstack/react-query';
import { Flex, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { franchisePartnerPath } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { CreateButton } from '../../shared/ui/CreateButton';
import { FilterBar } from '../../shared/ui/FilterBar';
import { ListEmpty } from '../../shared/ui/ListEmpty';
import { PageHeader } from '../../shared/ui/PageHeader';
import { PageSpinner } from '../../shared/ui/PageSpinner';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { SearchBox } from '../../shared/ui/SearchBox';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { FRANCHISE_KINDS, franchiseBoardQuery, salesTerritoriesQuery } from './franchise.api';
import {
  boardCards,
  franchiseBoardSpec,
  isFranchiseBoardFiltered,
  NO_FRANCHISE_FILTERS,
} from './franchise-board-state';
import { FranchiseBoard } from './FranchiseBoard';
import { FranchisePartnerFormModal } from './FranchisePartnerFormModal';

/** 加盟商 → the franchise pipeline of one's territory as a board: lead → talks → contract → active. */
export function FranchisePartnersPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const navigate = useNavigate();
  const [state, setState] = useUrlState(franchiseBoardSpec);
  const [creating, setCreating] = useState(false);
  const board = useQuery(franchiseBoardQuery());
  const territories = useQuery(salesTerritoriesQuery());
  const territoryNames = useMemo(
    () => new Map((territories.data?.data ?? []).map((unit) => [unit.id, unit.name])),
    [territories.data],
  );
  const writer = can('franchise-partners:write');
  const create = writer ? { label: t('salesFranchise.create'), onClick: () => setCreating(true) } : undefined;
  const filtered = isFranchiseBoardFiltered(state);
  const clear = () => setState(NO_FRANCHISE_FILTERS);

  if (board.isError) return <QueryProblem error={board.error} onRetry={() => void board.refetch()} />;
  const partners = board.data?.data ?? [];
  const cards = boardCards(partners, state);
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('salesFranchise.title')}
        subtitle={t('salesFranchise.subtitle')}
        extra={<CreateButton create={create} />}
      />
      <FilterBar filtered={filtered} onClear={clear}>
        <SearchBox
          value={state.q}
          label={t('salesFranchise.search')}
          onSearch={(q) => setState({ q })}
          style={{ width: 240 }}
        />
        <Select
          aria-label={t('salesFranchise.fields.kind')}
          placeholder={t('salesFranchise.anyKind')}
          allowClear
          value={state.kind}
          onChange={(kind) => setState({ kind })}
          options={FRANCHISE_KINDS.map((kind) => ({ value: kind, label: t(`salesFranchise.kinds.${kind}`) }))}
          style={{ width: 160 }}
        />
      </FilterBar>
      {!board.data ? (
        <PageSpinner />
      ) : cards.length === 0 ? (
        <ListEmpty
          noneText={t('salesFranchise.empty')}
          filtered={filtered ? { text: t('salesFranchise.emptyFiltered'), onClear: clear } : undefined}
          create={create}
        />
      ) : (
        <FranchiseBoard partners={cards} territoryNames={territoryNames} canMove={writer} />
      )}
      <FranchisePartnerFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(partner) => void navigate(franchisePartnerPath(partner.id))}
      />
    </Flex>
  );
}
