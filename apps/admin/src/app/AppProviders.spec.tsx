import { act, render, screen } from '@testing-library/react';
import { theme } from 'antd';
import { afterEach, describe, expect, it } from 'vitest';
import { AppProviders } from './AppProviders';
import { createQueryClient } from './query-client';

/** A system setting the test can flip, as a user would in their OS while the console is open. */
function systemMotionSetting(reduce: boolean) {
  const listeners = new Set<() => void>();
  let matches = reduce;
  const original = window.matchMedia;
  window.matchMedia = (query: string) =>
    ({
      media: query,
      get matches() {
        return query === '(prefers-reduced-motion: reduce)' && matches;
      },
      addEventListener: (_: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
    }) as unknown as MediaQueryList;
  return {
    set(reduceNow: boolean) {
      matches = reduceNow;
      listeners.forEach((listener) => listener());
    },
    restore: () => (window.matchMedia = original),
  };
}

function Motion() {
  const { token } = theme.useToken();
  return <output data-testid="motion">{String(token.motion)}</output>;
}

describe('AppProviders', () => {
  let setting: ReturnType<typeof systemMotionSetting> | undefined;
  afterEach(() => setting?.restore());

  it('turns antd motion off while the system asks for reduced motion, following a change without a reload', () => {
    setting = systemMotionSetting(false);
    render(
      <AppProviders queryClient={createQueryClient()}>
        <Motion />
      </AppProviders>,
    );
    expect(screen.getByTestId('motion').textContent).toBe('true');
    act(() => setting!.set(true));
    expect(screen.getByTestId('motion').textContent).toBe('false');
    act(() => setting!.set(false));
    expect(screen.getByTestId('motion').textContent).toBe('true');
  });
});
