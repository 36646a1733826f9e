// @vitest-environment jsdom
/**
 * Tài chính against the contract-checked fake core: entering receipts, payments and a transfer (the dues category
 * never offered, the member picked from the register), a cash payment beyond the balance refused in Vietnamese, a
 * voucher cancelled with its reason and still listed, the cash book with its opening, running balance, month totals
 * and the cancelled entry marked, printed; the summary's chart and balances, the year closed after a confirmation,
 * the remittance previewed then recorded; B14 planned figures saved beside last year's actuals, B07; English.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FundsPage } from '../../src/renderer/funds/FundsPage';
import { PAGES } from '../../src/renderer/shell/pages';
import type { FakeFunds } from './fakeFunds';
import { fundsSetup } from './fundsSetup';
import { renderWithProviders } from './setup';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-07-15T09:00:00'));
});
afterEach(() => vi.useRealTimers());

type Core = ReturnType<typeof fundsSetup>['core'];
const render = (core: Core, sub?: string, lang: 'vi' | 'en' = 'vi') =>
  renderWithProviders(createElement(FundsPage, { sub }), core.raw, { pages: PAGES, lang });

const click = async (el: Element) => {
  await act(async () => {
    fireEvent.click(el);
  });
};
const type = (testId: string, value: string) =>
  fireEvent.change(within(screen.getByTestId('funds-voucher-dialog')).getByTestId(testId), { target: { value } });

async function pick(testId: string, option: string) {
  fireEvent.mouseDown(within(screen.getByTestId(testId)).getByRole('combobox'));
  await click(await screen.findByText(option, { selector: '.ant-select-item-option-content' }));
}

/** Enters one voucher through the dialog; `category` by its name, `member` searched in the register. */
async function enter(v: { type?: string; amount: string; category?: string; description: string; member?: string }) {
  await click(screen.getByTestId('funds-voucher-add'));
  await screen.findByTestId('funds-voucher-dialog');
  if (v.type) await click(screen.getByTestId(`funds-voucher-type-${v.type}`));
  type('funds-voucher-amount', v.amount);
  if (v.category) await pick('funds-voucher-category', v.category);
  type('funds-voucher-description', v.description);
  if (v.member) await pick('funds-voucher-party', v.member);
  await click(screen.getByTestId('funds-voucher-ok'));
}

const seed = (funds: FakeFunds) => {
  funds.openings.set('cash:2026', 2_000_000);
  const base = { memberId: null, party: null, documentId: null, cancelledAt: null, cancelReason: null };
  funds.vouchers.push(
    {
      ...base,
      id: 'd1',
      type: 'receipt',
      account: 'cash',
      code: 'PT1',
      pairCode: null,
      date: '2026-06-10',
      amount: 300_000,
      category: 'doan-phi',
      description: 'Đoàn phí tháng 6 — Tổ May 1',
      source: 'dues',
      createdAt: '2026-06-10T09:00:00Z',
    },
    {
      ...base,
      id: 'd2',
      type: 'payment',
      account: 'cash',
      code: 'PC1',
      pairCode: null,
      date: '2026-07-02',
      amount: 500_000,
      category: 'phong-trao',
      description: 'Giải bóng đá',
      source: 'manual',
      createdAt: '2026-07-02T09:00:00Z',
    },
    {
      ...base,
      id: 'd3',
      type: 'payment',
      account: 'cash',
      code: 'PC2',
      pairCode: null,
      date: '2026-07-05',
      amount: 200_000,
      category: 'quan-ly',
      description: 'Văn phòng phẩm',
      source: 'manual',
      createdAt: '2026-07-05T09:00:00Z',
      cancelledAt: '2026-07-06T09:00:00Z',
      cancelReason: 'Ghi nhầm',
    },
  );
};

describe('vouchers', () => {
  it('enters a receipt, a payment to a member and a transfer; the dues category is never offered', async () => {
    const { core, funds } = fundsSetup();
    funds.openings.set('cash:2026', 1_000_000);
    render(core, 'vouchers');
    await enter({ amount: '5.000.000', category: 'I.2 — Kinh phí công đoàn', description: 'KPCĐ quý II' });
    await waitFor(() => expect(screen.getAllByTestId('funds-voucher-row')).toHaveLength(1));
    expect(core.callsOf('funds.addVoucher')[0]).toEqual({
      type: 'receipt',
      account: 'cash',
      date: '2026-07-15',
      amount: 5_000_000,
      category: 'kpcd',
      description: 'KPCĐ quý II',
    });

    await click(screen.getByTestId('funds-voucher-add'));
    fireEvent.mouseDown(within(screen.getByTestId('funds-voucher-category')).getByRole('combobox'));
    const offered = await screen.findAllByText(/^I\.\d/, { selector: '.ant-select-item-option-content' });
    expect(offered.map((o) => o.textContent)).not.toContain('I.1 — Đoàn phí công đoàn');
    expect(offered).toHaveLength(3);
    await click(screen.getByText('Đóng'));

    await enter({
      type: 'payment',
      amount: '1500000',
      category: 'II.1 — Chăm lo, bảo vệ đoàn viên và người lao động',
      description: 'Thăm ốm',
      member: 'Trần Thị Bình — Tổ May 1',
    });
    await waitFor(() => expect(screen.getAllByTestId('funds-voucher-row')).toHaveLength(2));
    expect(core.callsOf('funds.addVoucher')[1]).toMatchObject({ type: 'payment', memberId: 'binh', amount: 1_500_000 });
    expect(screen.getAllByTestId('funds-voucher-row')[0].textContent).toContain('Trần Thị Bình');

    await enter({ type: 'transfer', amount: '2.000.000', description: 'Nộp tiền mặt vào tài khoản' });
    await waitFor(() => expect(screen.getAllByTestId('funds-voucher-row')).toHaveLength(3));
    expect(core.callsOf('funds.addVoucher')[2]).not.toHaveProperty('category');
    const codes = screen.getAllByTestId('funds-voucher-code').map((c) => c.textContent);
    expect(codes).toEqual(expect.arrayContaining(['PT1', 'PC1', 'PC2 / BC1']));
  });

  it('refuses a cash payment beyond the balance with the core’s Vietnamese reason, and keeps the dialog', async () => {
    const { core } = fundsSetup();
    render(core, 'vouchers');
    await enter({ type: 'payment', amount: '900.000', category: 'II.7 — Chi khác', description: 'Chi quá quỹ' });
    await waitFor(() => expect(core.callsOf('funds.addVoucher')).toHaveLength(1));
    expect(await screen.findByText('Tồn quỹ tiền mặt không đủ để chi.')).toBeTruthy();
    expect(screen.getByTestId('funds-voucher-dialog')).toBeTruthy();
  });

  it('cancels a voucher with its reason: it stays listed, struck through, and can be printed', async () => {
    const { core, funds } = fundsSetup();
    seed(funds);
    render(core, 'vouchers');
    const row = (await screen.findAllByTestId('funds-voucher-row')).find((r) => r.textContent?.includes('PC1'))!;
    await click(within(row).getByTestId('funds-voucher-cancel'));
    fireEvent.change(await screen.findByTestId('funds-cancel-reason'), { target: { value: 'Trùng phiếu' } });
    await click(screen.getByTestId('funds-cancel-ok'));
    await waitFor(() => expect(core.callsOf('funds.cancelVoucher')).toEqual([{ id: 'd2', reason: 'Trùng phiếu' }]));
    await waitFor(() => {
      const again = screen.getAllByTestId('funds-voucher-row').find((r) => r.textContent?.includes('PC1'))!;
      expect(again.className).toContain('ud-funds-cancelled');
      expect(within(again).getByTestId('funds-voucher-cancelled').textContent).toBe('Đã huỷ: Trùng phiếu');
    });
    expect(screen.getAllByTestId('funds-voucher-row')).toHaveLength(3);
    await click(screen.getAllByTestId('funds-voucher-pdf')[0]);
    await waitFor(() => expect(core.callsOf('funds.voucherPdf')).toHaveLength(1));
  });
});

describe('the cash book', () => {
  it('shows the opening, each entry with its running balance, month totals, the cancelled one marked; prints', async () => {
    const { core, funds } = fundsSetup();
    seed(funds);
    render(core, 'cash');
    await waitFor(() => expect(screen.getAllByTestId('funds-book-row')).toHaveLength(3));
    expect(core.callsOf('funds.book')[0]).toEqual({ account: 'cash', from: '2026-01-01', to: '2026-12-31' });
    expect(screen.getByTestId('funds-book-line-opening').textContent).toContain('2.000.000 đ');
    const [june, july, cancelled] = screen.getAllByTestId('funds-book-row');
    expect(june.textContent).toContain('10/06/2026');
    expect(june.textContent).toContain('Đoàn phí công đoàn');
    expect(june.textContent).toContain('2.300.000 đ');
    expect(july.textContent).toContain('1.800.000 đ');
    expect(cancelled.className).toContain('ud-funds-cancelled');
    expect(cancelled.textContent).toContain('Đã huỷ');
    const months = screen.getAllByTestId('funds-book-line-month').map((m) => m.textContent);
    expect(months[0]).toContain('Cộng tháng 06/2026');
    expect(months[1]).toContain('500.000 đ');
    expect(screen.getByTestId('funds-book-closing').textContent).toBe('1.800.000 đ');
    await click(screen.getByTestId('funds-book-pdf'));
    await click(screen.getByTestId('funds-book-xlsx'));
    await waitFor(() =>
      expect(core.callsOf('funds.bookFile')).toEqual([
        { account: 'cash', from: '2026-01-01', to: '2026-12-31', format: 'pdf' },
        { account: 'cash', from: '2026-01-01', to: '2026-12-31', format: 'xlsx' },
      ]),
    );
  });
});

describe('the year', () => {
  it('charts revenue and spending by month, shows balances, closes the year after a confirmation', async () => {
    const { core, funds } = fundsSetup();
    seed(funds);
    render(core);
    await waitFor(() => expect(screen.getByTestId('funds-cash').textContent).toContain('1.800.000 đ'));
    expect(screen.getAllByTestId('funds-chart-month')).toHaveLength(12);
    const june = screen.getAllByTestId('funds-chart-month')[5];
    expect(within(june).getByTestId('funds-chart-revenue').textContent).toContain('300.000 đ');
    await click(await screen.findByTestId('funds-close-year'));
    expect((await screen.findAllByText('Khoá sổ năm 2026?')).length).toBeGreaterThan(0);
    expect(core.callsOf('funds.closeYear')).toEqual([]);
    await click(screen.getByTestId('funds-close-ok'));
    await waitFor(() => expect(core.callsOf('funds.closeYear')).toEqual([{ year: 2026 }]));
    await waitFor(() => expect(screen.getByTestId('funds-year-2026').textContent).toContain('Đã khoá'));
  });

  it('previews the remittance, then records it only when asked', async () => {
    const { core, funds } = fundsSetup();
    seed(funds);
    funds.openings.set('bank:2026', 5_000_000);
    render(core);
    await click(await screen.findByTestId('funds-remit'));
    expect(screen.getByTestId('funds-remit-ok').hasAttribute('disabled')).toBe(true);
    await click(screen.getByTestId('funds-remit-preview'));
    expect((await screen.findByTestId('funds-remit-amount')).textContent).toBe('90.000 đ');
    expect(screen.getByText('Phần cấp trên (30%)')).toBeTruthy();
    expect(core.callsOf('funds.remit')).toEqual([]);
    await click(screen.getByTestId('funds-remit-ok'));
    await waitFor(() =>
      expect(core.callsOf('funds.remit')).toEqual([
        { from: '2026-01-01', to: '2026-07-15', account: 'bank', date: '2026-07-15' },
      ]),
    );
    expect(funds.vouchers.at(-1)).toMatchObject({ code: 'BN1', amount: 90_000, category: 'nop-cap-tren' });
  });
});

describe('B14 and B07', () => {
  it('saves a planned figure beside last year’s actual, and shows the final accounts with their totals', async () => {
    const { core, funds } = fundsSetup();
    seed(funds);
    render(core, 'b14');
    await waitFor(() => expect(screen.getAllByTestId('funds-b14-row').length).toBeGreaterThan(5));
    const kpcd = screen.getAllByTestId('funds-b14-row').find((r) => r.textContent?.includes('I.2'))!;
    const input = within(kpcd).getByTestId('funds-b14-planned') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '12.000.000' } });
    await act(async () => {
      fireEvent.blur(input);
    });
    await waitFor(() =>
      expect(core.callsOf('funds.setPlan')).toEqual([{ year: 2026, line: 'I.2', amount: 12_000_000 }]),
    );
    expect(funds.plans.get('2026:I.2')).toBe(12_000_000);
    await click(screen.getByTestId('funds-b14-xlsx'));
    await waitFor(() => expect(core.callsOf('funds.b14File')).toEqual([{ year: 2026, format: 'xlsx' }]));
  });

  it('B07: revenue, spending, opening and closing from the books', async () => {
    const { core, funds } = fundsSetup();
    seed(funds);
    render(core, 'b07');
    expect((await screen.findByTestId('funds-b07-revenue')).textContent).toBe('300.000 đ');
    expect(screen.getByTestId('funds-b07-spending').textContent).toBe('500.000 đ');
    expect(screen.getByTestId('funds-b07-opening').textContent).toBe('2.000.000 đ');
    expect(screen.getByTestId('funds-b07-closing').textContent).toBe('1.800.000 đ');
  });
});

describe('English', () => {
  it('speaks English, money still in đồng', async () => {
    const { core, funds } = fundsSetup();
    seed(funds);
    render(core, 'cash', 'en');
    await waitFor(() => expect(screen.getAllByTestId('funds-book-row')).toHaveLength(3));
    expect(screen.getByTestId('funds-tab-cash').textContent).toBe('Cash book');
    expect(screen.getByTestId('funds-book-pdf').textContent).toBe('Print PDF');
    expect(screen.getByTestId('funds-book-closing').textContent).toBe('1.800.000 đ');
  });
});
