// @vitest-environment jsdom
/**
 * Đoàn phí beyond the ledger, against the contract-checked fake core: a new rate shows the open months it changes
 * (and the closed ones it leaves alone) before anything is saved; arrears with their level and "Tạo thư nhắc"; the
 * year's chart and split; the member page's "Lịch sử đóng góp" tab; the page in English.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DuesPage } from '../../src/renderer/dues/DuesPage';
import { PAGES } from '../../src/renderer/shell/pages';
import { duesSetup } from './fakeDuesSetup';
import { renderApp, renderWithProviders } from './setup';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-07-15T09:00:00'));
});
afterEach(() => vi.useRealTimers());

const render = (core: ReturnType<typeof duesSetup>['core'], sub?: string, lang: 'vi' | 'en' = 'vi') =>
  renderWithProviders(createElement(DuesPage, { sub }), core.raw, { pages: PAGES, lang });

const click = async (el: Element) => {
  await act(async () => {
    fireEvent.click(el);
  });
};

describe('rates and base salaries', () => {
  it('shows what a new rate changes in the open months before saving it', async () => {
    const { core, dues } = duesSetup();
    dues.closed.set('2026-06', '2026-07-01T08:00:00');
    render(core, 'rules');
    await waitFor(() => expect(screen.getAllByTestId('dues-rule-row')).toHaveLength(2));
    expect(screen.getAllByTestId('dues-rule-row')[1].textContent).toContain('10% LCS'); // the cap as the rule reads
    fireEvent.change(screen.getByTestId('dues-rule-rate'), { target: { value: '1' } });
    const from = screen.getByTestId('dues-rule-from') as HTMLInputElement;
    fireEvent.mouseDown(from);
    fireEvent.change(from, { target: { value: '01/06/2026' } });
    fireEvent.keyDown(from, { key: 'Enter', code: 'Enter' });
    await click(screen.getByTestId('dues-rule-save'));
    const impact = await screen.findByTestId('dues-impact');
    expect(within(impact).getByTestId('dues-impact-month').textContent).toBe('Tháng 07/2026: 35.100 đ → 70.200 đ');
    expect(impact.textContent).toContain('Các tháng đã khoá sổ giữ nguyên: 06/2026');
    expect(core.callsOf('dues.setRule')).toEqual([
      expect.objectContaining({ from: '2026-06-01', rate: 1, dryRun: true }),
    ]);
    expect(dues.rules).toHaveLength(2);
    await click(screen.getByTestId('dues-impact-ok'));
    await waitFor(() => expect(screen.getAllByTestId('dues-rule-row')).toHaveLength(3));
    expect(core.callsOf('dues.setRule')[1]).not.toHaveProperty('dryRun');
  });
});

describe('arrears and report', () => {
  it('lists members in arrears with their level and drafts a reminder letter', async () => {
    const { core, dues } = duesSetup();
    core.handlers['dues.arrears'] = (i) => ({
      asOf: i.asOf,
      members: [
        {
          memberId: 'binh',
          idNumber: '001090000002',
          fullName: 'Trần Thị Bình',
          unit: 'Tổ May 1',
          months: 7,
          unpaidMonths: ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07'],
          amount: 210_000,
          level: '6',
          levelLabel: 'Khiển trách',
        },
      ],
    });
    render(core, 'arrears');
    const row = await screen.findByTestId('dues-arrears-row');
    expect(row.textContent).toContain('210.000 đ');
    expect(within(row).getByTestId('dues-arrears-level').textContent).toBe('Khiển trách');
    await click(within(row).getByTestId('dues-remind'));
    await screen.findByText('Đã tạo thư nhắc (bản nháp) trong sổ văn bản.');
    expect(dues.reminders).toEqual([{ memberId: 'binh', asOf: '2026-07' }]);
  });

  it('charts the collection rate by month and splits what was collected by the setting', async () => {
    const { core, dues } = duesSetup();
    dues.payments.push({
      id: 'p1',
      memberId: 'an',
      month: '2026-07',
      amount: 36_250,
      paidOn: '2026-07-10',
      method: 'payroll',
      receiptNumber: null,
      collector: null,
      adjustment: false,
      cancelled: false,
      note: null,
    });
    render(core, 'report');
    await waitFor(() => expect(screen.getAllByTestId('dues-chart-bar')).toHaveLength(12));
    const split = screen.getByTestId('dues-split');
    await waitFor(() => expect(within(split).getByTestId('dues-split-cdcs').textContent).toContain('25.375 đ'));
    expect(within(split).getByTestId('dues-split-upper').textContent).toContain('10.875 đ');
    expect(split.textContent).toContain('CĐCS giữ lại (70%)');
    expect(screen.getByText('Tổ May 1')).toBeTruthy();
  });
});

describe('the member page', () => {
  it('has a "Lịch sử đóng góp" tab with months, due, paid, owing and the payments', async () => {
    const { core, dues } = duesSetup();
    dues.payments.push({
      id: 'p1',
      memberId: 'an',
      month: '2026-07',
      amount: 36_250,
      paidOn: '2026-07-10',
      method: 'cash',
      receiptNumber: '2026-0001',
      collector: 'Lê Thu',
      adjustment: false,
      cancelled: false,
      note: null,
    });
    window.history.replaceState(null, '', '#/members');
    renderApp(core.raw);
    await click(await screen.findByText('Nguyễn Văn An', { selector: '.ud-member-name' }));
    await click(await screen.findByTestId('member-tab-dues'));
    const history = await screen.findByTestId('member-dues-history');
    await waitFor(() => expect(within(history).getAllByTestId('member-dues-month')).toHaveLength(7));
    expect(within(history).getAllByTestId('member-dues-month')[0].textContent).toContain('07/2026');
    expect(within(history).getByText('2026-0001')).toBeTruthy();
    expect(within(history).getByTestId('member-dues-owing').textContent).toContain('217.500 đ');
  });
});

describe('English', () => {
  it('speaks English from the same page, money still in đồng', async () => {
    const { core } = duesSetup();
    render(core, undefined, 'en');
    await screen.findByText('Nguyễn Văn An');
    expect(screen.getByTestId('dues-pay-all').textContent).toBe('Mark the whole group paid');
    expect(screen.getByTestId('dues-tab-arrears').textContent).toBe('Arrears');
    expect(screen.getByTestId('dues-total-due').textContent).toBe('311.950 đ');
  });
});
