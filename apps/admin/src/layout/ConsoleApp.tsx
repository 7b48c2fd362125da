import { App } from 'antd';
import AppContext, { type useAppProps } from 'antd/es/app/context';
import { lazy, Suspense, useCallback, useContext, useState, type ReactNode } from 'react';

const AppApis = lazy(() => import('./AppApis'));

type Call = (apis: useAppProps) => unknown;

/** Stand-ins for `App.useApp()` until antd's App is in: each call is kept and made once it is. */
function waitingApis(calls: Call[]): useAppProps {
  const waiting = (kind: keyof useAppProps) =>
    new Proxy(
      {},
      {
        get:
          (_, method: string) =>
          (...args: unknown[]) => {
            calls.push((apis) =>
              (apis[kind] as Record<string, (...a: unknown[]) => unknown>)[method](...args),
            );
          },
      },
    );
  return {
    message: waiting('message'),
    notification: waiting('notification'),
    modal: waiting('modal'),
  } as unknown as useAppProps;
}

/**
 * What `App.useApp()` answers inside the frame (messages, notifications, dialogs), as antd's App gives it, but
 * without holding up the first screen: App brings Modal, notification and message (about 15 KB gzipped), and
 * nothing on the dashboard needs them before a click. The frame renders at once; App arrives a moment later in
 * its own chunk, beside the pages rather than around them (so nothing is mounted twice), and its API replaces
 * the stand-ins, which replay any call made in the meantime.
 */
export function DeferredApp({ children }: { children: ReactNode }) {
  const [calls] = useState<Call[]>(() => []);
  const [apis, setApis] = useState(() => waitingApis(calls));
  const ready = useCallback(
    (loaded: useAppProps) => {
      for (const call of calls.splice(0)) call(loaded);
      setApis(loaded);
    },
    [calls],
  );
  return (
    <AppContext.Provider value={apis}>
      {children}
      <Suspense fallback={null}>
        <AppApis onReady={ready} />
      </Suspense>
    </AppContext.Provider>
  );
}

/**
 * Tests import antd as CommonJS (antd/lib), whose App context is not the one antd/es provides here; they get
 * antd's App itself. The build drops this branch, and with it App's code from the frame's chunk.
 */
function EagerApp({ children }: { children: ReactNode }) {
  return <App component={false}>{children}</App>;
}

export const ConsoleApp = import.meta.env.MODE === 'test' ? EagerApp : DeferredApp;

/**
 * `App.useApp()` for the first screen's own code: importing antd's App for its `useApp` would bring App's code
 * back into that screen's chunks. Pages of other sections keep using `App.useApp()`.
 */
export const useAppApis: () => useAppProps =
  import.meta.env.MODE === 'test' ? App.useApp : () => useContext(AppContext);
