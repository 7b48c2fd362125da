import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Flex, Form, Input, Result, Select, Spin } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import '../../shared/format/dayjs-locales';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { PageHeader } from '../../shared/ui/PageHeader';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { ReportPreviewPanel } from './ReportPreviewPanel';
import { reportPath } from './report-paths';
import { beijingMonth, salesTerritoriesQuery } from './reports.api';
import { useSubmitReport } from './use-report-mutations';

interface SubmitValues {
  orgUnitId?: string;
  period?: Dayjs | null;
  commentary?: string;
}

/**
 * "Report this month": the units offered are the cities and regions of one's own territory (the API refuses
 * any other), the month defaults to this one, and the preview shows the figures before the commentary.
 */
export function SubmitReportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<SubmitValues>();
  const territories = useQuery(salesTerritoriesQuery());
  const submit = useSubmitReport();
  const { problem, report, clear } = useFormProblem(form, ['orgUnitId', 'period', 'commentary']);
  const orgUnitId = Form.useWatch('orgUnitId', form);
  const period = Form.useWatch('period', form)?.format('YYYY-MM');
  const label = (key: 'unit' | 'period') => t(`salesReports.submit.${key}`);

  if (territories.isError)
    return <QueryProblem error={territories.error} onRetry={() => void territories.refetch()} />;
  if (!territories.data) return <Spin />;
  const units = territories.data.data.filter((u) => u.kind === 'city' || u.kind === 'region');
  if (units.length === 0) return <Result status="info" title={t('salesReports.submit.noUnits')} />;

  const send = (values: SubmitValues) => {
    clear();
    submit.mutate(
      {
        orgUnitId: values.orgUnitId!,
        period: values.period!.format('YYYY-MM'),
        commentary: values.commentary!.trim(),
      },
      {
        onSuccess: (saved) => {
          void message.success(t('salesReports.submit.sent'));
          void navigate(reportPath(saved.id));
        },
        onError: report,
      },
    );
  };

  return (
    <Flex vertical gap="middle">
      <Link to={PATHS.salesReports}>
        <ArrowLeftOutlined /> {t('salesReports.list.title')}
      </Link>
      <PageHeader title={t('salesReports.submit.title')} subtitle={t('salesReports.submit.subtitle')} />
      <Card>
        <Form<SubmitValues>
          form={form}
          name="operating-report-form"
          layout="vertical"
          onFinish={send}
          initialValues={{
            // One's only unit (a city manager's city) is already chosen.
            orgUnitId: units.length === 1 ? units[0]!.id : undefined,
            period: dayjs(`${beijingMonth()}-01`),
          }}
        >
          <Flex gap="middle" wrap>
            <Form.Item
              name="orgUnitId"
              label={label('unit')}
              rules={[{ required: true }]}
              style={{ minWidth: 260 }}
            >
              <Select
                aria-label={label('unit')}
                placeholder={t('salesReports.submit.unitPlaceholder')}
                options={units.map((u) => ({
                  value: u.id,
                  label: `${u.name}（${t(`salesReports.territoryKinds.${u.kind}`)}）`,
                }))}
              />
            </Form.Item>
            <Form.Item name="period" label={label('period')} rules={[{ required: true }]}>
              <DatePicker picker="month" aria-label={label('period')} allowClear={false} />
            </Form.Item>
          </Flex>
          <ReportPreviewPanel orgUnitId={orgUnitId} period={period} />
          <Form.Item
            name="commentary"
            label={t('salesReports.fields.commentary')}
            rules={[{ required: true, whitespace: true, max: 4000 }]}
            style={{ marginTop: 16 }}
          >
            <Input.TextArea
              aria-label={t('salesReports.fields.commentary')}
              placeholder={t('salesReports.submit.commentaryPlaceholder')}
              autoSize={{ minRows: 4 }}
              maxLength={4000}
              showCount
            />
          </Form.Item>
          {problem && <ProblemAlert error={problem.error} fieldErrors={problem.unmatched} />}
          <Flex justify="end" gap="small" style={{ marginTop: 16 }}>
            <Button onClick={() => void navigate(PATHS.salesReports)}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={submit.isPending}>
              {t('salesReports.submit.send')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </Flex>
  );
}
