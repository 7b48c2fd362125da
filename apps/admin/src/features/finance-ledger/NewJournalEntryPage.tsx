import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Flex, Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { journalEntryPath, PATHS } from '../../app/paths';
import { formatMoney } from '../../shared/money/money';
import { YuanInput } from '../../shared/money/YuanInput';
import { PageHeader } from '../../shared/ui/PageHeader';
import { AccountSelect } from './AccountSelect';
import { entryBalance, toEntryLines, type EntryLineDraft } from './entry-balance';
import { chinaToday } from './ledger.api';
import { ledgerProblemMessage } from './ledger-problems';
import { useCreateEntry } from './use-ledger-mutations';

interface Values {
  entryDate: Dayjs;
  description: string;
  lines: EntryLineDraft[];
}

const EMPTY_LINES: EntryLineDraft[] = [{}, {}];

/**
 * 录入凭证: a grid the clerk fills from the keyboard (Tab from cell to cell, Enter in the memo adds a line).
 * The totals and the difference follow every keystroke, and saving stays off until debits equal credits.
 */
export function NewJournalEntryPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const lines = Form.useWatch('lines', form) ?? EMPTY_LINES;
  const balance = entryBalance(lines);
  const create = useCreateEntry();
  const [refusal, setRefusal] = useState<string>();
  // Which button submitted: read when the form has validated, after the click's render.
  const post = useRef(false);

  const submit = (values: Values) => {
    if (!entryBalance(values.lines).canSave) return;
    setRefusal(undefined);
    create.mutate(
      {
        input: {
          entryDate: values.entryDate.format('YYYY-MM-DD'),
          description: values.description.trim(),
          lines: toEntryLines(values.lines),
        },
        post: post.current,
      },
      {
        onSuccess: (entry) => void navigate(journalEntryPath(entry.id)),
        onError: (error) => setRefusal(ledgerProblemMessage(t, error)),
      },
    );
  };

  return (
    <Flex vertical gap="middle">
      <Link to={PATHS.journalEntries}>{t('financeLedger.entry.backToList')}</Link>
      <PageHeader title={t('financeLedger.newEntry.title')} subtitle={t('financeLedger.newEntry.subtitle')} />
      <Form<Values>
        form={form}
        name="journal-entry"
        layout="vertical"
        onFinish={submit}
        initialValues={{ entryDate: dayjs(chinaToday()), description: '', lines: EMPTY_LINES }}
      >
        <Card>
          <Flex gap="middle" wrap>
            <Form.Item
              name="entryDate"
              label={t('financeLedger.fields.entryDate')}
              rules={[{ required: true, message: t('financeLedger.newEntry.dateRequired') }]}
            >
              <DatePicker aria-label={t('financeLedger.fields.entryDate')} allowClear={false} />
            </Form.Item>
            <Form.Item
              name="description"
              label={t('financeLedger.fields.description')}
              style={{ flex: 1, minWidth: 240 }}
              rules={[
                {
                  required: true,
                  whitespace: true,
                  message: t('financeLedger.newEntry.descriptionRequired'),
                },
                { max: 200 },
              ]}
            >
              <Input aria-label={t('financeLedger.fields.description')} maxLength={200} autoFocus />
            </Form.Item>
          </Flex>
          <Form.List name="lines">
            {(fields, { add, remove }) => (
              <Flex vertical gap={4} data-testid="entry-form-lines">
                <Flex gap="small" style={{ fontWeight: 600 }}>
                  <span style={{ width: 24 }}>#</span>
                  <span style={{ flex: 3 }}>{t('financeLedger.fields.account')}</span>
                  <span style={{ flex: 2 }}>{t('financeLedger.fields.debit')}</span>
                  <span style={{ flex: 2 }}>{t('financeLedger.fields.credit')}</span>
                  <span style={{ flex: 3 }}>{t('financeLedger.fields.memo')}</span>
                  <span style={{ width: 32 }} />
                </Flex>
                {fields.map((field, index) => {
                  const problem = balance.lineProblems[index];
                  const touched = !!(
                    lines[index]?.debit ||
                    lines[index]?.credit ||
                    lines[index]?.accountCode
                  );
                  const row = index + 1;
                  return (
                    <Flex key={field.key} vertical gap={0}>
                      <Flex gap="small" align="start">
                        <span style={{ width: 24, paddingTop: 5 }}>{row}</span>
                        <Form.Item name={[field.name, 'accountCode']} style={{ flex: 3, marginBottom: 0 }}>
                          <AccountSelect
                            leafOnly
                            aria-label={`${t('financeLedger.fields.account')} ${row}`}
                            placeholder={t('financeLedger.newEntry.accountPlaceholder')}
                          />
                        </Form.Item>
                        <Form.Item name={[field.name, 'debit']} style={{ flex: 2, marginBottom: 0 }}>
                          <YuanInput aria-label={`${t('financeLedger.fields.debit')} ${row}`} />
                        </Form.Item>
                        <Form.Item name={[field.name, 'credit']} style={{ flex: 2, marginBottom: 0 }}>
                          <YuanInput aria-label={`${t('financeLedger.fields.credit')} ${row}`} />
                        </Form.Item>
                        <Form.Item name={[field.name, 'memo']} style={{ flex: 3, marginBottom: 0 }}>
                          <Input
                            aria-label={`${t('financeLedger.fields.memo')} ${row}`}
                            maxLength={200}
                            onPressEnter={(event) => {
                              // Enter adds the next line instead of submitting a half-written voucher.
                              event.preventDefault();
                              add({});
                            }}
                          />
                        </Form.Item>
                        <Button
                          type="text"
                          icon={<DeleteOutlined />}
                          aria-label={`${t('financeLedger.newEntry.removeLine')} ${row}`}
                          disabled={fields.length <= 2}
                          onClick={() => remove(field.name)}
                        />
                      </Flex>
                      {touched && problem && (
                        <Typography.Text type="danger" style={{ marginLeft: 32, fontSize: 12 }}>
                          {t(`financeLedger.newEntry.lineProblems.${problem}`)}
                        </Typography.Text>
                      )}
                    </Flex>
                  );
                })}
                <Flex gap="small" align="center" style={{ marginTop: 8 }}>
                  <span style={{ width: 24 }} />
                  <span style={{ flex: 3 }}>
                    <Button icon={<PlusOutlined />} onClick={() => add({})}>
                      {t('financeLedger.newEntry.addLine')}
                    </Button>
                  </span>
                  <strong style={{ flex: 2 }} data-testid="entry-form-debit">
                    {formatMoney(balance.debit)}
                  </strong>
                  <strong style={{ flex: 2 }} data-testid="entry-form-credit">
                    {formatMoney(balance.credit)}
                  </strong>
                  <span style={{ flex: 3 }} data-testid="entry-form-balance">
                    {balance.difference === 0 ? (
                      <Typography.Text type="success">{t('financeLedger.newEntry.balanced')}</Typography.Text>
                    ) : (
                      <Typography.Text type="danger">
                        {t('financeLedger.newEntry.notBalanced', {
                          amount: formatMoney(Math.abs(balance.difference)),
                        })}
                      </Typography.Text>
                    )}
                  </span>
                  <span style={{ width: 32 }} />
                </Flex>
              </Flex>
            )}
          </Form.List>
        </Card>
        {refusal && (
          <Alert
            style={{ marginTop: 16 }}
            type="error"
            showIcon
            role="alert"
            title={t('financeLedger.newEntry.refused')}
            description={refusal}
          />
        )}
        <Flex gap="small" justify="end" style={{ marginTop: 16 }}>
          <Button
            htmlType="submit"
            disabled={!balance.canSave}
            loading={create.isPending && !create.variables?.post}
            onClick={() => (post.current = false)}
          >
            {t('financeLedger.newEntry.save')}
          </Button>
          <Button
            type="primary"
            htmlType="submit"
            disabled={!balance.canSave}
            loading={create.isPending && !!create.variables?.post}
            onClick={() => (post.current = true)}
          >
            {t('financeLedger.newEntry.saveAndPost')}
          </Button>
        </Flex>
      </Form>
    </Flex>
  );
}
