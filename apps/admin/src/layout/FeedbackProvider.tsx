import { App } from 'antd';
import type { ReactNode } from 'react';

/**
 * antd's App: `App.useApp()` messages, notifications and confirm dialogs that follow the theme and locale.
 * Loaded with the first section rather than up front, because the sign-in page does not need its ~14 kB.
 */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  return <App component={false}>{children}</App>;
}
