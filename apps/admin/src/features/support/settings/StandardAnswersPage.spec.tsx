import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, problem, signIn } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { AGENT_PERMISSIONS, fakeAnswer, LEAD_PERMISSIONS } from '../support-fixtures';

const PLACEHOLDERS = [
  { name: 'customerName', description: 'The customer’s name' },
  { name: 'orderNumber', description: 'The order number' },
];

describe('StandardAnswersPage', () => {
  it('lists the answers; an agent cannot change them', async () => {
    signIn(fakeUser({ permissions: AGENT_PERMISSIONS }), { 'GET /api/v1/standard-answers': [fakeAnswer()] });
    renderApp('/support/canned-answers');
    const table = await screen.findByTestId('answers-table', undefined, { timeout: 12_000 });
    expect(await within(table).findByText('物流查询')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /新建标准答复/ })).toBeNull();
    expect(within(table).queryByRole('button', { name: /修\s*改/ })).toBeNull();
  }, 30_000);

  it('lets the lead add an answer with placeholders, and shows a refused one in our words', async () => {
    const sent: unknown[] = [];
    let refuse = true;
    signIn(fakeUser({ permissions: LEAD_PERMISSIONS }), {
      'GET /api/v1/standard-answers': [fakeAnswer()],
      'GET /api/v1/standard-answers/placeholders': PLACEHOLDERS,
      'POST /api/v1/standard-answers': async (request: Request) => {
        sent.push(await request.json());
        if (refuse) {
          refuse = false;
          return json(409, problem(409, 'DUPLICATE', 'Duplicate'));
        }
        return json(201, fakeAnswer({ code: 'THANKS' }));
      },
    });
    renderApp('/support/canned-answers');
    fireEvent.click(await screen.findByRole('button', { name: /新建标准答复/ }, { timeout: 12_000 }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('编码'), { target: { value: 'THANKS' } });
    fireEvent.change(within(dialog).getByLabelText('标题'), { target: { value: '致谢' } });
    fireEvent.change(within(dialog).getByLabelText('答复内容'), { target: { value: '感谢您，' } });
    fireEvent.click(await within(dialog).findByText('{{customerName}}'));
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('编码（或优先级与类别的组合）已被使用。')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toMatchObject({
      code: 'THANKS',
      title: '致谢',
      body: '感谢您，{{customerName}}',
      category: 'order',
    });
    expect(await screen.findByText('标准答复已保存')).toBeTruthy();
  }, 30_000);
});
