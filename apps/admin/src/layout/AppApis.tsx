import { App } from 'antd';
import type { useAppProps } from 'antd/es/app/context';
import { useEffect } from 'react';

/** antd's App (messages, notifications, dialogs and their holders), handing its API up once it is running. */
export default function AppApis({ onReady }: { onReady(apis: useAppProps): void }) {
  return (
    <App component={false}>
      <Report onReady={onReady} />
    </App>
  );
}

function Report({ onReady }: { onReady(apis: useAppProps): void }) {
  const apis = App.useApp();
  useEffect(() => onReady(apis), [apis, onReady]);
  return null;
}
