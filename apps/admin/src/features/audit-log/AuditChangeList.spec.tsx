import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../app/query-client';
import { fakeUser, signIn } from '../../test/fake-api';
import { renderInConsole } from '../../test/render-app';
import { AuditChangeList } from './AuditChangeList';

function renderChanges(changes: Record<string, unknown>) {
  const queryClient = createQueryClient();
  // AuditValue names roles through the signed-in user's permissions.
  queryClient.setQueryData(['auth', 'me'], fakeUser({ permissions: [] }));
  signIn();
  return renderInConsole(<AuditChangeList changes={changes} />, queryClient);
}

describe('AuditChangeList', () => {
  it('shows each changed field as "field: from → to", with the field named in Chinese', () => {
    renderChanges({ displayName: { from: '李雷', to: '李雷雷' } });
    const line = screen.getByRole('listitem');
    expect(line.textContent).toBe('姓名：李雷→李雷雷');
  });

  it('shows a secret only as "changed (hidden)"', () => {
    renderChanges({ passwordHash: { redacted: true } });
    expect(screen.getByRole('listitem').textContent).toBe('密码：已修改（内容隐藏）');
  });

  it('translates states and marks an emptied field', () => {
    renderChanges({
      status: { from: 'active', to: 'disabled' },
      email: { from: 'li@example.com', to: null },
    });
    const [status, email] = screen.getAllByRole('listitem');
    expect(status!.textContent).toBe('状态：启用→已停用');
    expect(email!.textContent).toBe('邮箱：li@example.com→（空）');
  });

  it('says so when an event changed no field (a sign-in)', () => {
    renderChanges({});
    expect(screen.getByText('无字段变更')).toBeTruthy();
  });
});
