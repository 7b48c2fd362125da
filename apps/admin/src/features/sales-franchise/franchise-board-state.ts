import { optionalEnumParam, textParam, type UrlStateSpec } from '../../shared/url-state/url-state';
import { FRANCHISE_KINDS, type FranchiseKind, type FranchisePartner } from './franchise.api';

export interface FranchiseBoardState {
  /** Part of a partner's name or number. */
  q: string;
  kind: FranchiseKind | undefined;
}

export const franchiseBoardSpec: UrlStateSpec<FranchiseBoardState> = {
  q: textParam(100),
  kind: optionalEnumParam(FRANCHISE_KINDS),
};

export const NO_FRANCHISE_FILTERS: Partial<FranchiseBoardState> = { q: '', kind: undefined };

export function isFranchiseBoardFiltered(state: FranchiseBoardState): boolean {
  return !!(state.q || state.kind);
}

/** The board holds a territory's whole pipeline, so its filters apply in the browser. */
export function boardCards(
  partners: readonly FranchisePartner[],
  state: FranchiseBoardState,
): FranchisePartner[] {
  const q = state.q.toLowerCase();
  return partners.filter(
    (p) =>
      (!state.kind || p.kind === state.kind) &&
      (!q || p.name.toLowerCase().includes(q) || p.number.toLowerCase().includes(q)),
  );
}
