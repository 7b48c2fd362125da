import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';

export interface OpenRecord {
  /** The record the URL opens (`?user=…`), if any: whether a drawer is open. */
  openId: string | undefined;
  /** The record to show: the open one, or the last one while its drawer slides away (so it does not go blank). */
  shownId: string | undefined;
  open(id: string): void;
  close(): void;
}

/**
 * The record a page shows in a drawer, kept in the URL under `param` so a reload, Back or a shared link (from
 * the audit log, say) opens it again. Kept apart from the list's own state so opening a row does not restart
 * the list's paging.
 */
export function useOpenRecord(param: string): OpenRecord {
  const [params, setParams] = useSearchParams();
  const openId = params.get(param) ?? undefined;
  const [shownId, setShownId] = useState(openId);
  if (openId && openId !== shownId) setShownId(openId);
  const set = (id: string | undefined) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id) next.set(param, id);
        else next.delete(param);
        return next;
      },
      { replace: true },
    );
  return { openId, shownId, open: set, close: () => set(undefined) };
}
