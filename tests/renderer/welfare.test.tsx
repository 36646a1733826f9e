// @vitest-environment jsdom
/**
 * Phúc lợi against the contract-checked fake core: support recorded with its payment voucher (and a cancelled
 * voucher showing the support cancelled), a programme added with its capacity, members registered until it is full
 * and the next one refused with the core's reason, the organiser's list exported; 1-HĐCĐ figures for the report
 * date; the member page's support history beside the dues history, paying support from there.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PAGES } from '../../src/renderer/shell/pages';
import { WelfarePage } from '../../src/renderer/welfare/WelfarePage';
import { installFakeDues } from './fakeDues';
import { fundsSetup } from './fundsSetup';
import { renderApp, renderWithProviders } from './setup';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-07-15T09:00:00'));
});
afterEach(() => vi.useRealTimers());

type Core = ReturnType<typeof fundsSetup>['core'];
const render = (core: Core, sub?: string, lang: 'vi' | 'en' = 'vi') =>
  renderWithProviders(createElement(WelfarePage, { sub }), core.raw, { pages: PAGES, lang });

const click = async (el: Element) => {
  await act(async () => {
    fireEvent.click(el);
  });
};

async function pick(testId: string, option: string | RegExp) {
  fireEvent.mouseDown(within(screen.getByTestId(testId)).getByRole('combobox'));
  await click(await screen.findByText(option, { selector: '.ant-select-item-option-content' }));
}

describe('support to members', () => {
  it('records a support payment with its voucher; a cancelled voucher shows the support cancelled', async () => {
    const { core, funds } = fundsSetup();
    funds.openings.set('cash:2026', 3_000_000);
    const view = render(core);
    await screen.findByText('Chưa có khoản hỗ trợ nào.');
    await click(screen.getByTestId('welfare-support-add'));
    await pick('welfare-support-member', /^Trần Thị Bình/);
    await pick('welfare-support-kind', 'Ốm đau');
    fireEvent.change(screen.getByTestId('welfare-support-amount'), { target: { value: '500.000' } });
    fireEvent.change(screen.getByTestId('welfare-support-decision'), { target: { value: 'QĐ 12/QĐ-CĐCS' } });
    await click(screen.getByTestId('welfare-support-ok'));
    await waitFor(() => expect(screen.getAllByTestId('welfare-support-row')).toHaveLength(1));
    expect(core.callsOf('welfare.addSupport')).toEqual([
      {
        memberId: 'binh',
        kind: 'sickness',
        date: '2026-07-15',
        amount: 500_000,
        account: 'cash',
        decision: 'QĐ 12/QĐ-CĐCS',
      },
    ]);
    const row = screen.getAllByTestId('welfare-support-row')[0];
    expect(row.textContent).toContain('Trần Thị Bình');
    expect(row.textContent).toContain('500.000 đ');
    expect(within(row).getByTestId('welfare-support-voucher').textContent).toBe('PC1');
    expect(funds.vouchers[0]).toMatchObject({ code: 'PC1', category: 'cham-lo', memberId: 'binh', source: 'welfare' });
    expect(screen.getByTestId('welfare-support-count').textContent).toBe('1 lần hỗ trợ, tổng 500.000 đ');

    // The accountant cancels the voucher in the books: the support reads cancelled and leaves the total.
    funds.vouchers[0].cancelledAt = '2026-07-16T08:00:00.000Z';
    funds.supports[0].cancelled = true;
    view.unmount();
    render(core);
    await waitFor(() => expect(screen.getAllByTestId('welfare-support-row')[0].textContent).toContain('Đã huỷ'));
    expect(screen.getByTestId('welfare-support-count').textContent).toBe('0 lần hỗ trợ, tổng 0 đ');
  });
});

describe('programmes', () => {
  it('adds a programme, registers members until full, refuses the next with the core’s reason, exports the list', async () => {
    const { core, funds } = fundsSetup();
    render(core, 'programmes');
    await click(await screen.findByTestId('welfare-programme-add'));
    fireEvent.change(screen.getByTestId('welfare-programme-name'), { target: { value: 'Khám sức khoẻ 2026' } });
    fireEvent.change(screen.getByTestId('welfare-programme-capacity'), { target: { value: '2' } });
    await click(screen.getByTestId('welfare-programme-ok'));
    await waitFor(() => expect(screen.getAllByTestId('welfare-programme-row')).toHaveLength(1));
    expect(core.callsOf('welfare.addProgramme')).toEqual([
      { name: 'Khám sức khoẻ 2026', kind: 'health-check', capacity: 2 },
    ]);
    const seats = await screen.findByTestId('welfare-programme-seats');
    expect(seats.textContent).toBe('0/2 suất');

    const register = async (name: RegExp) => {
      await pick('welfare-register-member', name);
      await click(screen.getByTestId('welfare-register'));
    };
    await register(/^Nguyễn Văn An/);
    await waitFor(() => expect(screen.getByTestId('welfare-programme-seats').textContent).toBe('1/2 suất'));
    await register(/^Lê Thị Chi/);
    await waitFor(() => expect(screen.getByTestId('welfare-programme-seats').textContent).toBe('2/2 suất'));
    // Sorted by given name: An, Chi.
    expect(screen.getAllByTestId('welfare-registered-row').map((r) => r.textContent)).toEqual([
      expect.stringContaining('Nguyễn Văn An'),
      expect.stringContaining('Lê Thị Chi'),
    ]);
    expect(screen.getByText('Đã đủ suất')).toBeTruthy();
    await register(/^Trần Thị Bình/);
    expect((await screen.findByTestId('welfare-register-error')).textContent).toBe(
      'Chương trình đã đủ 2 suất, không đăng ký thêm được.',
    );
    expect(funds.registrations.get(funds.programmes[0].id)).toEqual(['an', 'chi']);
    expect(screen.getAllByTestId('welfare-programme-row')[0].textContent).toContain('2/2');
    await click(screen.getByTestId('welfare-programme-pdf'));
    await waitFor(() =>
      expect(core.callsOf('welfare.programmeFile')).toEqual([{ id: funds.programmes[0].id, format: 'pdf' }]),
    );
  });
});

describe('1-HĐCĐ', () => {
  it('shows the figures of the latest report date with its period, and exports', async () => {
    const { core, funds } = fundsSetup();
    funds.hdcd = {
      workers: 420,
      members: 311,
      women: 198,
      admitted: 12,
      left: 4,
      unionGroups: 9,
      rows: [{ row: '7', label: 'Đoàn viên là đảng viên', value: 23 }],
    };
    render(core, 'hdcd');
    expect((await screen.findByTestId('welfare-hdcd-members')).textContent).toBe('311');
    expect(core.callsOf('reports.hdcd')).toEqual([{ asOf: '2026-05-31' }]);
    expect(screen.getByTestId('welfare-hdcd-period').textContent).toBe('Kỳ báo cáo: 01/12/2025 – 31/05/2026');
    expect(screen.getByTestId('welfare-hdcd-workers').textContent).toBe('420');
    expect(screen.getByText('Đoàn viên là đảng viên')).toBeTruthy();
    await click(screen.getByTestId('welfare-hdcd-xlsx'));
    await waitFor(() => expect(core.callsOf('reports.hdcdFile')).toEqual([{ asOf: '2026-05-31', format: 'xlsx' }]));
  });
});

describe('the member page', () => {
  it('shows the support history beside the dues history and pays support from there', async () => {
    const { core, funds } = fundsSetup();
    installFakeDues(core);
    funds.openings.set('cash:2026', 3_000_000);
    window.history.replaceState(null, '', '#/members');
    renderApp(core.raw);
    await click(await screen.findByText('Trần Thị Bình', { selector: '.ud-member-name' }));
    await click(await screen.findByTestId('member-tab-dues'));
    expect(screen.getByTestId('member-tab-dues').textContent).toBe('Lịch sử đóng góp, hỗ trợ');
    await screen.findByTestId('member-dues-history');
    const history = await screen.findByTestId('member-support-history');
    await within(history).findByText('Chưa nhận khoản hỗ trợ nào.');
    await click(within(history).getByTestId('member-support-add'));
    expect(screen.getByText('Chi hỗ trợ: Trần Thị Bình')).toBeTruthy();
    await pick('welfare-support-kind', 'Thai sản');
    fireEvent.change(screen.getByTestId('welfare-support-amount'), { target: { value: '1.000.000' } });
    await click(screen.getByTestId('welfare-support-ok'));
    await waitFor(() => expect(within(history).getAllByTestId('welfare-support-row')).toHaveLength(1));
    expect(core.callsOf('welfare.addSupport')[0]).toMatchObject({
      memberId: 'binh',
      kind: 'maternity',
      amount: 1_000_000,
    });
    expect(within(history).getByTestId('member-support-total').textContent).toBe('Tổng đã nhận: 1.000.000 đ');
    expect(within(history).getByTestId('welfare-support-voucher').textContent).toBe('PC1');
  });
});

describe('English', () => {
  it('speaks English on the welfare page, money still in đồng', async () => {
    const { core, funds } = fundsSetup();
    funds.openings.set('cash:2026', 3_000_000);
    await core.raw.invoke('welfare.addSupport', {
      memberId: 'an',
      kind: 'bereavement',
      date: '2026-07-01',
      amount: 700_000,
    });
    render(core, undefined, 'en');
    const row = (await screen.findAllByTestId('welfare-support-row'))[0];
    expect(row.textContent).toContain('Bereavement');
    expect(row.textContent).toContain('700.000 đ');
    expect(screen.getByTestId('welfare-tab-programmes').textContent).toBe('Programmes');
    expect(screen.getByTestId('welfare-support-count').textContent).toBe('Payments: 1, total 700.000 đ');
  });
});
