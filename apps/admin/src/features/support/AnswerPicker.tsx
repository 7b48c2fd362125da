import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Flex, Input, Modal, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../shared/use-debounced-value';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { answersQuery, TICKET_CATEGORIES, type StandardAnswer, type TicketCategory } from './support.api';

/**
 * The standard-answer picker: search by text and category (the ticket's category first), most used first.
 * Choosing one hands it back; the caller asks the server to fill its placeholders for the ticket.
 */
export function AnswerPicker({
  category,
  onPick,
  onClose,
}: {
  category: TicketCategory;
  onPick(answer: StandardAnswer): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [chosenCategory, setCategory] = useState<TicketCategory | undefined>(category);
  const q = useDebouncedValue(text.trim(), 250);
  const answers = useQuery(answersQuery({ q: q || undefined, category: chosenCategory }));
  return (
    <Modal
      open
      onCancel={onClose}
      footer={null}
      title={t('support.reply.pickTitle')}
      width={720}
      destroyOnHidden
    >
      <Flex gap="small" style={{ marginBottom: 12 }}>
        <Input.Search
          autoFocus
          aria-label={t('support.reply.pickSearch')}
          placeholder={t('support.reply.pickSearch')}
          allowClear
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <Select
          aria-label={t('support.reply.pickCategory')}
          allowClear
          placeholder={t('support.answers.anyCategory')}
          value={chosenCategory}
          onChange={setCategory}
          options={TICKET_CATEGORIES.map((c) => ({ value: c, label: t(`support.categories.${c}`) }))}
          style={{ width: 160 }}
        />
      </Flex>
      {answers.isError ? (
        <QueryProblem error={answers.error} onRetry={() => void answers.refetch()} />
      ) : (
        <Table<StandardAnswer>
          rowKey="id"
          size="small"
          loading={answers.isPending}
          dataSource={answers.data ?? []}
          pagination={false}
          scroll={{ y: 420 }}
          showHeader={false}
          locale={{ emptyText: <Empty description={t('support.reply.pickEmpty')} /> }}
          onRow={(answer) => ({ onDoubleClick: () => onPick(answer) })}
          columns={[
            {
              key: 'answer',
              render: (_, answer) => (
                <div>
                  <Typography.Text strong>{answer.title}</Typography.Text>{' '}
                  <Typography.Text type="secondary">
                    {answer.code} · {t(`support.categories.${answer.category}`)}
                  </Typography.Text>
                  <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
                    {answer.body}
                  </Typography.Paragraph>
                </div>
              ),
            },
            {
              key: 'use',
              width: 90,
              render: (_, answer) => (
                <Button
                  type="link"
                  onClick={() => onPick(answer)}
                  aria-label={`${t('support.reply.use')} ${answer.title}`}
                >
                  {t('support.reply.use')}
                </Button>
              ),
            },
          ]}
        />
      )}
    </Modal>
  );
}
