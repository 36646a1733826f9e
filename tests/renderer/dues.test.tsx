// @vitest-environment jsdom
/**
 * Đoàn phí against the contract-checked fake core: the month's ledger by group (basis, due, paid, owing, totals and
 * rate), "Đánh dấu cả tổ đã nộp" with an exception, one payment showing its allocation (the month, then an advance),
 * the payroll sheet checked then applied with its rejected rows, closing a month (lock, adjustments only), a rate
 * change showing the open months it alters before saving, arrears with "Tạo thư nhắc", the report, English.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DuesPage } from '../../src/renderer/dues/DuesPage';
import { PAGES } from '../../src/renderer/shell/pages';
import { duesSetup } from './fakeDuesSetup';
import { renderWithProviders } from './setup';

beforeEach(() => {
  // The page opens on the current month: July 2026 (0.5% of the salary, cap 234.000 đ).
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-07-15T09:00:00'));
});
afterEach(() => vi.useRealTimers());

function render(core: ReturnType<typeof duesSetup>['core'], sub?: string, lang: 'vi' | 'en' = 'vi') {
  return renderWithProviders(createElement(DuesPage, { sub }), core.raw, { pages: PAGES, lang });
}

const rowOf = async (name: string) => {
  const cell = await screen.findByText(name, { selector: '[data-testid="dues-row-name"]' });
  return cell.closest('[data-testid="dues-row"]') as HTMLElement;
};

const click = async (el: Element) => {
  await act(async () => {
    fireEvent.click(el);
  });
};

async function menuItem(trigger: string, item: string) {
  await click(screen.getByTestId(trigger));
  await click(await screen.findByTestId(item));
}

describe('the month ledger', () => {
  it('shows basis, due (capped, fixed amount), paid, owing and the totals with the collection rate', async () => {
    const { core } = duesSetup();
    render(core);
    const an = await rowOf('Nguyễn Văn An');
    expect(an.textContent).toContain('7.250.000 đ');
    expect(an.textContent).toContain('36.250 đ');
    // 60,000,000 × 0.5% = 300,000 capped at 10% of 2,340,000.
    expect((await rowOf('Lê Thị Chi')).textContent).toContain('234.000 đ');
    expect((await rowOf('Phạm Dũng')).textContent).toContain('Mức cố định');
    expect((await rowOf('Phạm Dũng')).textContent).toContain('11.700 đ');
    expect(screen.getByTestId('dues-total-due').textContent).toBe('311.950 đ');
    expect(screen.getByTestId('dues-total-rate').textContent).toBe('0%');
    expect(core.callsOf('dues.ledger')[0]).toEqual({ month: '2026-07' });
  });

  it('marks a whole group paid except the one unticked, and the totals follow', async () => {
    const { core, dues } = duesSetup();
    render(core);
    await rowOf('Nguyễn Văn An');
    await click(screen.getByTestId('dues-view-units'));
    const units = await screen.findByTestId('dues-units');
    await click(within(units).getByText('Tổ May 1'));
    await waitFor(() => expect(core.callsOf('dues.ledger').at(-1)).toEqual({ month: '2026-07', unitId: 'u-may' }));
    await click(screen.getByTestId('dues-pay-all'));
    const dialog = await screen.findByTestId('dues-bulk-dialog');
    expect(within(dialog).getByTestId('dues-bulk-selected').textContent).toContain('3/3');
    const binh = within(dialog).getByText('Trần Thị Bình').closest('[data-testid="dues-bulk-row"]') as HTMLElement;
    await click(within(binh).getByRole('checkbox'));
    expect(within(dialog).getByTestId('dues-bulk-selected').textContent).toBe('Đã chọn 2/3 người, tổng 270.250 đ');
    await click(screen.getByTestId('dues-bulk-ok'));
    await waitFor(() => expect(screen.queryByTestId('dues-bulk-dialog')).toBeNull());
    expect(core.callsOf('dues.pay')[0]).toMatchObject({
      month: '2026-07',
      all: true,
      unitId: 'u-may',
      except: ['binh'],
    });
    expect(dues.payments.map((p) => p.memberId).sort()).toEqual(['an', 'chi']);
    await waitFor(() => expect(screen.getByTestId('dues-total-collected').textContent).toBe('270.250 đ'));
    expect((await rowOf('Trần Thị Bình')).textContent).toContain('30.000 đ');
  });

  it('records one payment after showing how it is allocated: this month, then an advance', async () => {
    const { core, dues } = duesSetup();
    render(core);
    await click(within(await rowOf('Nguyễn Văn An')).getByTestId('dues-row-pay'));
    const dialog = await screen.findByTestId('dues-pay-dialog');
    const amount = within(dialog).getByTestId('dues-pay-amount');
    expect((amount as HTMLInputElement).value).toBe('36.250');
    fireEvent.change(amount, { target: { value: '72500' } });
    await waitFor(() =>
      expect(within(dialog).getByTestId('dues-pay-allocation').textContent).toContain(
        'Tháng 07/2026: 36.250 đ' + 'Trả trước tháng 08/2026: 36.250 đ',
      ),
    );
    await click(screen.getByTestId('dues-pay-ok'));
    await waitFor(() => expect(dues.payments).toHaveLength(2));
    expect(dues.payments.map((p) => [p.month, p.amount])).toEqual([
      ['2026-07', 36_250],
      ['2026-08', 36_250],
    ]);
    expect(core.callsOf('dues.pay')[0]).toMatchObject({ memberId: 'an', amount: 72_500, method: 'cash' });
    await waitFor(async () => expect((await rowOf('Nguyễn Văn An')).textContent).toContain('Tiền mặt'));
  });

  it('checks the payroll sheet first (rejected rows with their Excel row), then applies it', async () => {
    const { core, dues } = duesSetup();
    dues.importPlan = (_kind, dryRun) => ({
      applied: 2,
      unchanged: dryRun ? 1 : 1,
      rejected: [{ row: 7, reason: 'Không tìm thấy đoàn viên có CCCD 001090009999' }],
    });
    render(core);
    await rowOf('Nguyễn Văn An');
    await menuItem('dues-import', 'dues-import-salaries');
    const dialog = await screen.findByTestId('dues-import-dialog-salaries');
    const input = dialog.querySelector('input[type="file"]') as HTMLInputElement;
    const sheet = new File(['STT,CCCD,Lương đóng BHXH'], 'bang-luong-07.csv', { type: 'text/csv' });
    await act(async () => {
      fireEvent.change(input, { target: { files: [sheet] } });
    });
    const report = await within(dialog).findByTestId('dues-import-report');
    expect(within(report).getByText('Kết quả kiểm tra (chưa ghi gì)')).toBeTruthy();
    expect(within(report).getByTestId('dues-import-rejected').textContent).toContain('001090009999');
    expect(core.callsOf('dues.importSalaries')[0]).toMatchObject({ fromMonth: '2026-07', dryRun: true });
    await click(screen.getByTestId('dues-import-apply'));
    await within(dialog).findByText('Đã nhập xong');
    expect(core.callsOf('dues.importSalaries')[1]).toMatchObject({ fileName: 'bang-luong-07.csv', dryRun: false });
  });

  it('closes a month after confirming; a closed month shows its lock and offers adjustments only', async () => {
    const { core, dues } = duesSetup();
    render(core);
    await rowOf('Nguyễn Văn An');
    await click(screen.getByTestId('dues-close'));
    await click(await screen.findByTestId('dues-close-ok'));
    await screen.findByTestId('dues-closed');
    expect(dues.closed.has('2026-07')).toBe(true);
    expect(screen.queryByTestId('dues-pay-all')).toBeNull();
    expect(screen.queryByTestId('dues-close')).toBeNull();
    await click(within(await rowOf('Trần Thị Bình')).getByTestId('dues-row-adjust'));
    const dialog = await screen.findByTestId('dues-adjust-dialog');
    fireEvent.change(within(dialog).getByTestId('dues-adjust-amount'), { target: { value: '-5000' } });
    fireEvent.change(within(dialog).getByTestId('dues-adjust-reason'), { target: { value: 'Thu nhầm' } });
    await click(screen.getByTestId('dues-adjust-ok'));
    await waitFor(() => expect(core.callsOf('dues.adjust')).toHaveLength(1));
    expect(core.callsOf('dues.adjust')[0]).toMatchObject({ memberId: 'binh', month: '2026-07', amount: -5000 });
  });
});
