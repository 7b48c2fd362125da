import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { uploadFile } from '../../shared/transfer/authorized-transfer';
import { renderInConsole } from '../../test/render-app';
import type { ImportReport } from './catalog-transfer.api';
import { CatalogTransferPage } from './CatalogTransferPage';

// The transport (XHR with progress) is the browser's; here the page's handling of its answers is under test.
vi.mock('../../shared/transfer/authorized-transfer', () => ({ uploadFile: vi.fn(), downloadFile: vi.fn() }));
const upload = vi.mocked(uploadFile);

const report = (overrides: Partial<ImportReport> = {}): ImportReport => ({
  dryRun: true,
  rows: 2,
  productsCreated: 1,
  productsUpdated: 0,
  skusCreated: 2,
  skusUpdated: 0,
  pricesChanged: 2,
  unchanged: 0,
  errors: [],
  ...overrides,
});

function renderPage() {
  renderInConsole(<CatalogTransferPage />);
}

const csv = new File(['\uFEFFsku_code,product_name\nA-1,手机壳\n'], 'catalog.csv', { type: 'text/csv' });
const chooseFile = () => {
  const input = document.querySelector('input[type=file]')!;
  fireEvent.change(input, { target: { files: [csv] } });
};
const applyButton = () => screen.getByRole('button', { name: '确认导入' });

describe('CatalogTransferPage', () => {
  beforeEach(() => upload.mockReset());

  it('checks a file first, lists every bad row by line and column, and keeps "import" off', async () => {
    upload.mockResolvedValue(
      report({
        errors: [
          { line: 3, column: 'price_website', message: 'price_website must have at most two decimals' },
          { line: 5, message: 'sku_code is repeated' },
        ],
      }),
    );
    renderPage();
    chooseFile();
    const errors = await screen.findByTestId('import-errors');
    expect(upload).toHaveBeenCalledWith('/api/v1/catalog/import?dryRun=true', csv, expect.anything());
    const rows = within(errors).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByText('3')).toBeTruthy();
    expect(within(rows[0]!).getByText('price_website')).toBeTruthy();
    expect(within(rows[1]!).getByText('sku_code is repeated')).toBeTruthy();
    expect(screen.getByText('发现 2 处错误')).toBeTruthy();
    expect((applyButton() as HTMLButtonElement).disabled).toBe(true);
  });

  it('imports the same file for real after a clean dry run', async () => {
    upload.mockResolvedValueOnce(report()).mockResolvedValueOnce(report({ dryRun: false }));
    renderPage();
    chooseFile();
    expect(await screen.findByText('检查通过，没有错误。确认后即可导入。')).toBeTruthy();
    fireEvent.click(applyButton());
    await waitFor(() =>
      expect(upload).toHaveBeenLastCalledWith('/api/v1/catalog/import?dryRun=false', csv, expect.anything()),
    );
    expect(await screen.findByText('已全部导入。')).toBeTruthy();
  });
});
