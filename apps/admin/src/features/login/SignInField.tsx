import { theme } from 'antd';
import type { ReactElement } from 'react';

interface SignInFieldProps {
  /** The input's id: browser tests and password managers find the fields by `login_username`/`login_password`. */
  id: string;
  label: string;
  error?: string;
  /** Rendered with `id`, and `aria-describedby` pointing at the error while there is one. */
  children(describedBy: string | undefined): ReactElement;
}

/**
 * A labelled field laid out as antd's vertical Form.Item, without antd's Form: the sign-in page is the first
 * screen of most visits, and Form (with its field store and async-validator) was about a third of its code for
 * two required fields.
 */
export function SignInField({ id, label, error, children }: SignInFieldProps) {
  const { token } = theme.useToken();
  const errorId = `${id}_help`;
  return (
    <div style={{ marginBottom: error ? 0 : token.marginLG }}>
      <label
        htmlFor={id}
        style={{ display: 'block', paddingBottom: token.paddingXS, color: token.colorTextHeading }}
      >
        {label}
      </label>
      {children(error ? errorId : undefined)}
      {error && (
        <div id={errorId} role="alert" style={{ color: token.colorError, minHeight: token.marginLG }}>
          {error}
        </div>
      )}
    </div>
  );
}
