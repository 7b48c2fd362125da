import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Collapse, Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';

/** What a receiver runs, in Node.js; the same steps work in any language with an HMAC-SHA256. */
const NODE_EXAMPLE = `const { createHmac, timingSafeEqual } = require('node:crypto');

function verifyZhangguiSignature(secret, header, rawBody) {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=')));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > 300) return false;
  const expected = createHmac('sha256', secret).update(\`\${t}.\${rawBody}\`).digest();
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}`;

/** For administrators to pass on to partners: how to check that a delivery really comes from Zhanggui. */
export function SignatureHelp() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Collapse
      items={[
        {
          key: 'signature',
          label: (
            <Flex gap="small" align="center">
              <SafetyCertificateOutlined />
              {t('webhooks.signature.title')}
            </Flex>
          ),
          children: (
            <Flex vertical gap="small">
              <Typography.Text>{t('webhooks.signature.intro')}</Typography.Text>
              <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                <li>{t('webhooks.signature.step1')}</li>
                <li>{t('webhooks.signature.step2')}</li>
                <li>{t('webhooks.signature.step3')}</li>
                <li>{t('webhooks.signature.step4')}</li>
                <li>{t('webhooks.signature.step5')}</li>
              </ol>
              <Typography.Text>{t('webhooks.signature.example')}</Typography.Text>
              <pre
                style={{
                  margin: 0,
                  padding: 12,
                  background: token.colorFillTertiary,
                  borderRadius: token.borderRadius,
                  overflowX: 'auto',
                  fontSize: 12,
                }}
              >
                <code>{NODE_EXAMPLE}</code>
              </pre>
            </Flex>
          ),
        },
      ]}
    />
  );
}
