// @vitest-environment jsdom
/**
 * The finance card on Tổng quan (cash on hand, this month's dues collected, a way into the books) and the signers
 * of vouchers and books in Cài đặt, against the contract-checked fake core.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fundsSetup } from './fundsSetup';
import { renderApp } from './setup';

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

describe('the overview card', () => {
  it('shows the cash on hand and the dues collected this month, and opens the books', async () => {
    const { core, funds } = fundsSetup();
    funds.openings.set('cash:2026', 1_000_000);
    const base = {
      memberId: null,
      party: null,
      documentId: null,
      cancelledAt: null,
      cancelReason: null,
      pairCode: null,
    };
    funds.vouchers.push(
      {
        ...base,
        id: 'a',
        type: 'receipt',
        account: 'cash',
        code: 'PT1',
        date: '2026-06-30',
        amount: 100_000,
        category: 'doan-phi',
        description: 'Đoàn phí T6',
        source: 'dues',
        createdAt: '2026-06-30T09:00:00Z',
      },
      {
        ...base,
        id: 'b',
        type: 'receipt',
        account: 'bank',
        code: 'BC1',
        date: '2026-07-10',
        amount: 250_000,
        category: 'doan-phi',
        description: 'Đoàn phí T7',
        source: 'dues',
        createdAt: '2026-07-10T09:00:00Z',
      },
      {
        ...base,
        id: 'c',
        type: 'payment',
        account: 'cash',
        code: 'PC1',
        date: '2026-07-11',
        amount: 40_000,
        category: 'quan-ly',
        description: 'Giấy in',
        source: 'manual',
        createdAt: '2026-07-11T09:00:00Z',
      },
    );
    renderApp(core.raw);
    expect((await screen.findByTestId('overview-funds-cash')).textContent).toContain('1.060.000 đ');
    expect(screen.getByTestId('overview-funds-dues').textContent).toContain('250.000 đ');
    expect(screen.getByTestId('overview-funds-dues').textContent).toContain('07/2026');
    expect(core.callsOf('funds.summary')).toEqual([{ year: 2026, asOf: '2026-07-15' }]);
    await click(screen.getByText('Mở sổ'));
    await screen.findByTestId('funds-page');
    expect(window.location.hash).toBe('#/finance');
  });
});

describe('the signers setting', () => {
  it('saves the accountant and cashier printed on vouchers and books', async () => {
    const { core } = fundsSetup();
    window.history.replaceState(null, '', '#/settings');
    renderApp(core.raw);
    const accountant = await screen.findByTestId('funds-signers-accountant');
    await waitFor(() => expect((accountant as HTMLInputElement).disabled).toBe(false));
    fireEvent.change(accountant, { target: { value: 'Phạm Thị Kế' } });
    fireEvent.change(screen.getByTestId('funds-signers-cashier'), { target: { value: ' Đỗ Văn Quỹ ' } });
    await click(screen.getByTestId('funds-signers-save'));
    await waitFor(() =>
      expect(core.callsOf('settings.update')).toEqual([
        { fundsSigners: { accountant: 'Phạm Thị Kế', cashier: 'Đỗ Văn Quỹ' } },
      ]),
    );
    expect(core.state.settings.fundsSigners).toEqual({ accountant: 'Phạm Thị Kế', cashier: 'Đỗ Văn Quỹ' });
  });
});
