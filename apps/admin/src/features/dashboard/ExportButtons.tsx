import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppApis } from '../../layout/ConsoleApp';
import { problemMessage } from '../../shared/ui/problem-text';
import type { ExportFormat } from './dashboard.api';

/** CSV and Excel downloads of the figures shown, each button busy while its file is built. */
export function ExportButtons({ download }: { download(format: ExportFormat): Promise<string> }) {
  const { t } = useTranslation();
  const { message } = useAppApis();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const start = (format: ExportFormat) => {
    setBusy(format);
    download(format)
      .then((name) => void message.success(t('gmDashboard.downloaded', { name })))
      .catch((error: unknown) => void message.error(problemMessage(t, error)))
      .finally(() => setBusy(null));
  };
  return (
    <>
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          icon={<DownloadOutlined />}
          loading={busy === format}
          onClick={() => start(format)}
        >
          {t(`gmDashboard.export.${format}`)}
        </Button>
      ))}
    </>
  );
}
