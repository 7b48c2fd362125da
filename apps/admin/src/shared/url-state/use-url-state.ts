import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { readUrlState, writeUrlState, type UrlStateSpec } from './url-state';

/**
 * Reads a list's state from the URL and updates it. Changes replace the history entry rather than pushing
 * one, so Back leaves the page instead of stepping through every filter tweak.
 */
export function useUrlState<S>(spec: UrlStateSpec<S>): [S, (changes: Partial<S>) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readUrlState(spec, params), [spec, params]);
  const update = useCallback(
    (changes: Partial<S>) => setParams((current) => writeUrlState(spec, current, changes), { replace: true }),
    [spec, setParams],
  );
  return [state, update];
}
