// @vitest-environment jsdom
/**
 * A voucher's papers and the categories against the contract-checked fake: the register decision picked in the
 * voucher dialog (issued decisions offered first) and named on the row, a file picked from the computer read into
 * base64 and attached, listed, downloaded, removed; the support dialog's decision from the register; the Khoản mục
 * tab adding the union's own category and moving a shipped one to another line.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FundsPage } from '../../src/renderer/funds/FundsPage';
import { PAGES } from '../../src/renderer/shell/pages';
import { WelfarePage } from '../../src/renderer/welfare/WelfarePage';
import { baseFields, installFakeDocs, para } from './fakeDocs';
import { installFakeVoucherFiles } from './fakeVoucherFiles';
import { fundsSetup } from './fundsSetup';
import { renderWithProviders } from './setup';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-07-15T09:00:00'));
});
afterEach(() => vi.useRealTimers());

const click = async (el: Element) => {
  await act(async () => {
    fireEvent.click(el);
  });
};
async function pick(testId: string, option: string | RegExp) {
  fireEvent.mouseDown(within(screen.getByTestId(testId)).getByRole('combobox'));
  await click(await screen.findByText(option, { selector: '.ant-select-item-option-content' }));
}
const optionTexts = () => [...document.querySelectorAll('.ant-select-item-option-content')].map((o) => o.textContent);

function setup() {
  const made = fundsSetup();
  const docs = installFakeDocs(made.core);
  const body = { type: 'doc' as const, content: [para('Điều 1.')] };
  docs.add({ fields: baseFields({ type: 'TB', summary: 'Thông báo nghỉ lễ' }), body }, { issued: 4 });
  docs.add(
    { fields: baseFields({ type: 'QĐ', summary: 'Chi thăm ốm đoàn viên', date: '2026-03-02' }), body },
    {
      issued: 3,
    },
  );
  docs.add({ fields: baseFields({ type: 'QĐ', summary: 'Dự thảo quy chế chi tiêu' }), body });
  made.funds.openings.set('cash:2026', 2_000_000);
  return { ...made, files: installFakeVoucherFiles(made.core, made.funds) };
}

describe('voucher papers', () => {
  it('links a register decision, then attaches, downloads and removes a file', async () => {
    const { core, files } = setup();
    renderWithProviders(createElement(FundsPage, { sub: 'vouchers' }), core.raw, { pages: PAGES });
    await click(await screen.findByTestId('funds-voucher-add'));
    const dialog = await screen.findByTestId('funds-voucher-dialog');
    await click(within(dialog).getByTestId('funds-voucher-type-payment'));
    fireEvent.change(within(dialog).getByTestId('funds-voucher-amount'), { target: { value: '300.000' } });
    await pick('funds-voucher-category', /Chăm lo/);
    fireEvent.change(within(dialog).getByTestId('funds-voucher-description'), { target: { value: 'Thăm ốm' } });
    fireEvent.mouseDown(within(screen.getByTestId('funds-voucher-document')).getByRole('combobox'));
    await screen.findByText(/Chi thăm ốm đoàn viên/, { selector: '.ant-select-item-option-content' });
    const order = optionTexts().filter((x) => x?.includes(' – '));
    expect(order[0]).toBe('Quyết định số 03/QĐ-CĐCS ngày 02/03/2026 – Chi thăm ốm đoàn viên');
    expect(order.at(-1)).toBe('Quyết định (dự thảo) – Dự thảo quy chế chi tiêu');
    await click(screen.getByText(/Chi thăm ốm đoàn viên/, { selector: '.ant-select-item-option-content' }));
    await click(screen.getByTestId('funds-voucher-ok'));
    expect(core.callsOf('funds.addVoucher')[0]).toMatchObject({ documentId: 'doc-2', amount: 300_000 });
    const row = await screen.findByTestId('funds-voucher-row');
    await waitFor(() =>
      expect(within(row).getByTestId('funds-voucher-document').textContent).toContain('Quyết định số 03/QĐ-CĐCS'),
    );

    await click(within(row).getByTestId('funds-voucher-files'));
    const papers = await screen.findByTestId('funds-files-dialog');
    expect(within(papers).getByTestId('funds-files-document').textContent).toContain('Chi thăm ốm đoàn viên');
    const pdf = new File(['%PDF-1.4 hoá đơn'], 'Hoá đơn.pdf', { type: 'application/pdf' });
    await act(async () => {
      fireEvent.change(within(papers).getByTestId('funds-file-input'), { target: { files: [pdf] } });
    });
    await waitFor(() => expect(within(papers).getAllByTestId('funds-file-row')).toHaveLength(1));
    const sent = core.callsOf('funds.attachFile')[0] as { fileName: string; base64: string };
    expect(sent.fileName).toBe('Hoá đơn.pdf');
    expect(Buffer.from(sent.base64, 'base64').toString('utf8')).toBe('%PDF-1.4 hoá đơn');
    expect(within(papers).getByTestId('funds-file-download').textContent).toBe('Hoá đơn.pdf');

    URL.createObjectURL = vi.fn(() => 'blob:fake');
    URL.revokeObjectURL = vi.fn();
    await click(within(papers).getByTestId('funds-file-download'));
    await waitFor(() => expect(core.callsOf('funds.voucherFile')).toEqual([{ id: files.files[0].id }]));

    await click(within(papers).getByTestId('funds-file-remove'));
    await waitFor(() => expect(document.querySelector('.ant-popconfirm-buttons .ant-btn-primary')).not.toBeNull());
    await click(document.querySelector('.ant-popconfirm-buttons .ant-btn-primary')!);
    await waitFor(() => expect(within(papers).queryAllByTestId('funds-file-row')).toHaveLength(0));
    expect(files.files[0].removed).toBe(true);
  });

  it('shows the core’s refusal of a file type in Vietnamese', async () => {
    const { core, funds } = setup();
    funds.vouchers.push({
      ...{ id: 'v1', type: 'receipt', account: 'cash', code: 'PT1', pairCode: null, date: '2026-02-01' },
      ...{ amount: 100_000, category: 'thu-khac', description: 'Thu khác', memberId: null, party: null },
      ...{ documentId: null, source: 'manual', cancelledAt: null, cancelReason: null, createdAt: '2026-02-01' },
    });
    renderWithProviders(createElement(FundsPage, { sub: 'vouchers' }), core.raw, { pages: PAGES });
    await click(await screen.findByTestId('funds-voucher-files'));
    const papers = await screen.findByTestId('funds-files-dialog');
    await act(async () => {
      fireEvent.change(within(papers).getByTestId('funds-file-input'), {
        target: { files: [new File(['MZ'], 'setup.exe')] },
      });
    });
    expect(await screen.findByText('Chỉ đính kèm được tệp PDF, JPG, PNG, DOCX hoặc XLSX.')).toBeTruthy();
  });

  it('records a support payment resting on a register decision', async () => {
    const { core } = setup();
    renderWithProviders(createElement(WelfarePage, {}), core.raw, { pages: PAGES });
    await click(await screen.findByTestId('welfare-support-add'));
    await pick('welfare-support-member', /^Trần Thị Bình/);
    fireEvent.change(screen.getByTestId('welfare-support-amount'), { target: { value: '500.000' } });
    await pick('welfare-support-document', /Chi thăm ốm đoàn viên/);
    await click(screen.getByTestId('welfare-support-ok'));
    await waitFor(() => expect(core.callsOf('welfare.addSupport')).toHaveLength(1));
    expect(core.callsOf('welfare.addSupport')[0]).toMatchObject({ documentId: 'doc-2', amount: 500_000 });
  });
});

describe('Khoản mục', () => {
  it('adds the union’s own category and moves a shipped one to another line', async () => {
    const { core, funds } = setup();
    renderWithProviders(createElement(FundsPage, { sub: 'categories' }), core.raw, { pages: PAGES });
    await waitFor(() => expect(screen.getAllByTestId('funds-category-row')).toHaveLength(11));
    await click(screen.getByTestId('funds-category-add'));
    const dialog = await screen.findByTestId('funds-category-dialog');
    fireEvent.change(within(dialog).getByTestId('funds-category-code'), { target: { value: 'hieu-hi' } });
    fireEvent.change(within(dialog).getByTestId('funds-category-name'), { target: { value: 'Chi hiếu hỉ' } });
    fireEvent.change(within(dialog).getByTestId('funds-category-line'), { target: { value: 'II.1' } });
    await click(screen.getByTestId('funds-category-ok'));
    await waitFor(() => expect(screen.getAllByTestId('funds-category-row')).toHaveLength(12));
    expect(funds.categories.at(-1)).toEqual({
      code: 'hieu-hi',
      name: 'Chi hiếu hỉ',
      kind: 'spending',
      line: 'II.1',
      builtIn: false,
      reserved: false,
    });
    expect(screen.getByText('Riêng')).toBeTruthy();

    const thuKhac = screen.getAllByTestId('funds-category-row').find((r) => r.textContent?.includes('thu-khac'))!;
    await click(within(thuKhac).getByTestId('funds-category-edit'));
    const edit = await screen.findByTestId('funds-category-dialog');
    expect((within(edit).getByTestId('funds-category-code') as HTMLInputElement).disabled).toBe(true);
    fireEvent.change(within(edit).getByTestId('funds-category-line'), { target: { value: 'I.5' } });
    await click(screen.getByTestId('funds-category-ok'));
    await waitFor(() => expect(funds.categories.find((c) => c.code === 'thu-khac')?.line).toBe('I.5'));
    expect(core.callsOf('funds.setCategory').at(-1)).toEqual({
      code: 'thu-khac',
      name: 'Thu khác',
      kind: 'revenue',
      line: 'I.5',
    });
  });
});
