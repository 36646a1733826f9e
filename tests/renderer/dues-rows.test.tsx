// @vitest-environment jsdom
/**
 * A ledger row's own actions against the contract-checked fake core: a salary and an exempt period from the row's menu
 * (the month then shows "Miễn" and nothing due), a payment cancelled with its reason (kept, the owing back), and a
 * receipt downloaded as a file.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DuesPage } from '../../src/renderer/dues/DuesPage';
import { PAGES } from '../../src/renderer/shell/pages';
import { duesSetup } from './fakeDuesSetup';
import { renderWithProviders } from './setup';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-07-15T09:00:00'));
});
afterEach(() => vi.useRealTimers());

const rowOf = async (name: string) => {
  const cell = await screen.findByText(name, { selector: '[data-testid="dues-row-name"]' });
  return cell.closest('[data-testid="dues-row"]') as HTMLElement;
};
const click = async (el: Element) => {
  await act(async () => {
    fireEvent.click(el);
  });
};
async function rowMenu(name: string, item: string) {
  await click(within(await rowOf(name)).getByRole('button', { name: 'Thêm' }));
  const entry = await waitFor(() => {
    const found = [
      ...document.querySelectorAll('.ant-dropdown:not(.ant-dropdown-hidden) .ant-dropdown-menu-item'),
    ].find((el) => el.textContent === item);
    if (!found) throw new Error(`no menu item ${item}`);
    return found;
  });
  await click(entry);
}

describe('a ledger row', () => {
  it('adds an exempt period from the row menu; the month then owes nothing', async () => {
    const { core, dues } = duesSetup();
    renderWithProviders(createElement(DuesPage, {}), core.raw, { pages: PAGES });
    await rowMenu('Trần Thị Bình', 'Miễn đóng…');
    const dialog = await screen.findByTestId('dues-exemptions');
    expect(within(dialog).getByText('Chưa có thời gian miễn đóng.')).toBeTruthy();
    await click(within(dialog).getByTestId('dues-exempt-add'));
    await waitFor(() => expect(within(dialog).getAllByText('Ốm đau')).toHaveLength(2)); // the list and the picker
    expect(dues.exemptions).toEqual([
      expect.objectContaining({ memberId: 'binh', fromMonth: '2026-07', toMonth: '2026-07', reason: 'sickness' }),
    ]);
    await click(within(document.querySelector('.ant-modal-footer') as HTMLElement).getByText('Đóng'));
    await waitFor(async () => expect((await rowOf('Trần Thị Bình')).textContent).toContain('Miễn'));
    expect(screen.getByTestId('dues-total-due').textContent).toBe('281.950 đ');
  });

  it('adds a salary from the row menu; the month is computed from it', async () => {
    const { core, dues } = duesSetup();
    renderWithProviders(createElement(DuesPage, {}), core.raw, { pages: PAGES });
    await rowMenu('Phạm Dũng', 'Mức lương…');
    const dialog = await screen.findByTestId('dues-salaries');
    await within(dialog).findByText('Chưa có mức lương nào: đoàn viên đóng mức cố định.');
    fireEvent.change(within(dialog).getByTestId('dues-salary-amount'), { target: { value: '8.000.000' } });
    await click(within(dialog).getByTestId('dues-salary-add'));
    await within(dialog).findByText('Nhập tay');
    expect(dues.salaries).toEqual([
      expect.objectContaining({ memberId: 'dung', fromMonth: '2026-07', amount: 8_000_000 }),
    ]);
    await click(within(document.querySelector('.ant-modal-footer') as HTMLElement).getByText('Đóng'));
    await waitFor(async () => expect((await rowOf('Phạm Dũng')).textContent).toContain('40.000 đ'));
  });

  it('cancels a payment with its reason: it stays listed as cancelled and the month owes again', async () => {
    const { core, dues } = duesSetup();
    renderWithProviders(createElement(DuesPage, {}), core.raw, { pages: PAGES });
    await click(within(await rowOf('Nguyễn Văn An')).getByTestId('dues-row-pay'));
    await click(await screen.findByTestId('dues-pay-ok'));
    await waitFor(async () => expect((await rowOf('Nguyễn Văn An')).textContent).toContain('Tiền mặt'));
    await click(within(await rowOf('Nguyễn Văn An')).getByTestId('dues-row-pay'));
    const dialog = await screen.findByTestId('dues-pay-dialog');
    await click(await within(dialog).findByTestId('dues-payment-cancel'));
    expect((within(dialog).getByTestId('dues-cancel-ok') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(within(dialog).getByTestId('dues-cancel-reason'), { target: { value: 'Thu nhầm người' } });
    await click(within(dialog).getByTestId('dues-cancel-ok'));
    await waitFor(() => expect(dues.payments[0].cancelled).toBe(true));
    expect(core.callsOf('dues.cancelPayment')).toEqual([{ id: dues.payments[0].id, reason: 'Thu nhầm người' }]);
    await waitFor(async () => expect((await rowOf('Nguyễn Văn An')).textContent).not.toContain('Tiền mặt'));
  });

  it('downloads the receipt of a cash payment', async () => {
    const { core } = duesSetup();
    const created: Blob[] = [];
    const anchor = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    URL.createObjectURL = vi.fn((b: Blob) => (created.push(b), 'blob:receipt'));
    URL.revokeObjectURL = vi.fn();
    renderWithProviders(createElement(DuesPage, {}), core.raw, { pages: PAGES });
    await click(within(await rowOf('Nguyễn Văn An')).getByTestId('dues-row-pay'));
    await click(await screen.findByTestId('dues-pay-ok'));
    await waitFor(async () => expect((await rowOf('Nguyễn Văn An')).textContent).toContain('2026-0001'));
    await rowMenu('Nguyễn Văn An', 'In phiếu thu');
    await screen.findByText('Đã tải xuống phieu-thu-2026-07.pdf.');
    expect(core.callsOf('dues.receipt')).toEqual([{ memberId: 'an', month: '2026-07' }]);
    expect(created[0].type).toBe('application/pdf');
    expect(anchor).toHaveBeenCalledTimes(1);
    anchor.mockRestore();
  });
});
