import { Flex, theme, type GlobalToken } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  subtitle: string;
  /** The page's main action (e.g. "new"), on the right. */
  extra?: ReactNode;
}

/**
 * A page's title (an h2) styled from the theme as antd's Typography.Title (level 2) would be, without Typography
 * itself: it brings its copy/edit/ellipsis machinery (and a TextArea), and page titles are on the dashboard, the
 * first screen after signing in.
 */
export function pageTitleStyle(token: GlobalToken): CSSProperties {
  return {
    marginTop: 0,
    color: token.colorTextHeading,
    fontSize: token.fontSizeHeading2,
    fontWeight: token.fontWeightStrong,
    lineHeight: token.lineHeightHeading2,
    wordBreak: 'break-word',
  };
}

export function PageHeader({ title, subtitle, extra }: PageHeaderProps) {
  const { token } = theme.useToken();
  return (
    <Flex justify="space-between" align="start" gap="middle" wrap>
      <div>
        <h2 style={{ ...pageTitleStyle(token), marginBottom: 4 }}>{title}</h2>
        <span style={{ color: token.colorTextSecondary }}>{subtitle}</span>
      </div>
      {extra}
    </Flex>
  );
}
