import { Flex, theme } from 'antd';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  subtitle: string;
  /** The page's main action (e.g. "new"), on the right. */
  extra?: ReactNode;
}

// Styled from the theme as antd's Typography.Title (level 2) and secondary Text would be, without Typography
// itself: it brings its copy/edit/ellipsis machinery (and a TextArea), and this header is on the dashboard, the
// first screen after signing in.
export function PageHeader({ title, subtitle, extra }: PageHeaderProps) {
  const { token } = theme.useToken();
  return (
    <Flex justify="space-between" align="start" gap="middle" wrap>
      <div>
        <h2
          style={{
            marginTop: 0,
            marginBottom: 4,
            color: token.colorTextHeading,
            fontSize: token.fontSizeHeading2,
            fontWeight: token.fontWeightStrong,
            lineHeight: token.lineHeightHeading2,
            wordBreak: 'break-word',
          }}
        >
          {title}
        </h2>
        <span style={{ color: token.colorTextSecondary }}>{subtitle}</span>
      </div>
      {extra}
    </Flex>
  );
}
