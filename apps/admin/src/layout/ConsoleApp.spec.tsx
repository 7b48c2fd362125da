import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import AppContext from 'antd/es/app/context';
import { useContext, useEffect, useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { DeferredApp } from './ConsoleApp';

// What the built console runs (tests otherwise get antd's App directly, see ConsoleApp.tsx).
function SavesAtOnce() {
  const { message } = useContext(AppContext);
  const said = useRef(false);
  useEffect(() => {
    if (said.current) return;
    said.current = true;
    void message.success('已保存');
  }, [message]);
  return null;
}

function AsksLater() {
  const { message } = useContext(AppContext);
  return <button onClick={() => void message.info('稍后再说')}>ask</button>;
}

describe('DeferredApp', () => {
  it('shows a message asked for before antd’s App arrived, once it has', async () => {
    render(
      <DeferredApp>
        <SavesAtOnce />
      </DeferredApp>,
    );
    expect(await screen.findByText('已保存', undefined, { timeout: 12_000 })).toBeTruthy();
    expect(screen.getAllByText('已保存')).toHaveLength(1);
  });

  it('hands antd’s own API to the pages once it is in', async () => {
    render(
      <DeferredApp>
        <SavesAtOnce />
        <AsksLater />
      </DeferredApp>,
    );
    await screen.findByText('已保存', undefined, { timeout: 12_000 });
    fireEvent.click(screen.getByRole('button', { name: 'ask' }));
    await waitFor(() => expect(screen.getByText('稍后再说')).toBeTruthy());
  });
});
