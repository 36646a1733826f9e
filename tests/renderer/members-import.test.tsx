// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/shared/errors';
import type { ImportReport } from '../../src/shared/members-contract';
import { EMPTY_IMPORT, EMPTY_PROFILE, createFakeCore } from './fakeCore';
import { renderApp } from './setup';

const CSV =
  '\uFEFFDANH SÁCH ĐOÀN VIÊN\n\nSTT,Số hiệu thẻ ĐV,Họ và tên,Ngày sinh\n1,CD001,Nguyễn Văn An,05/02/1990\n2,CD002,NguyÔn V¨n B×nh,12/12/1988\n3,CD003,Trần Thị Cúc,31/02/1990\n';

const FIRST: ImportReport = {
  ...EMPTY_IMPORT,
  imported: 2,
  rejected: [{ row: 6, field: 'dateOfBirth', reason: 'Ngày sinh không hợp lệ: «31/02/1990»' }],
  converted: [{ row: 5, from: 'tcvn3' }],
  headerRow: 3,
  mapping: { A: 'ignore', B: 'ignore', C: 'fullName', D: 'dateOfBirth' },
  headers: { A: 'STT', B: 'Số hiệu thẻ ĐV', C: 'Họ và tên', D: 'Ngày sinh' },
  unmapped: ['Số hiệu thẻ ĐV'],
};

function openCore() {
  const core = createFakeCore({
    vault: 'unlocked',
    passphrase: 'x'.repeat(8),
    profile: { ...EMPTY_PROFILE, name: 'CĐCS Dệt may' },
  });
  core.state.importPlan = ({ dryRun, mapping }) =>
    mapping?.B === 'cardNumber'
      ? { ...FIRST, dryRun, mapping: { ...FIRST.mapping, B: 'cardNumber' }, unmapped: [] }
      : { ...FIRST, dryRun };
  return core;
}

async function openWizard(core = openCore()) {
  window.history.replaceState(null, '', '#/members');
  renderApp(core.raw);
  await screen.findByTestId('members-count');
  fireEvent.click(screen.getByTestId('member-import'));
  return screen.findByTestId('import-wizard');
}

async function pickFile(name: string, content: string) {
  const input = screen.getByTestId('import-file').querySelector('input[type=file]') as HTMLInputElement;
  await act(async () => {
    fireEvent.change(input, { target: { files: [new File([content], name, { type: 'text/csv' })] } });
  });
}

describe('import wizard', () => {
  it('dry-runs, re-checks with the fixed mapping, imports on confirm and shows the report', async () => {
    const core = openCore();
    await openWizard(core);
    await pickFile('doan-vien.csv', CSV);
    const summary = await screen.findByTestId('import-dryrun-summary');
    expect(summary.textContent).toContain('Sẽ thêm');
    expect(within(screen.getByTestId('import-dryrun-summary-imported')).getByText('2')).toBeTruthy();
    expect(within(screen.getByTestId('import-dryrun-summary-rejected')).getByText('1')).toBeTruthy();
    expect(screen.getByTestId('import-header-row').textContent).toBe('Dòng tiêu đề: dòng 3');
    expect(screen.getByTestId('import-unmapped').textContent).toContain('«Số hiệu thẻ ĐV»');

    // The mapping table shows the CSV's own header texts and flags the unrecognised column.
    const mapping = screen.getByTestId('import-mapping');
    const rowB = within(mapping).getByText('B').closest('tr') as HTMLElement;
    expect(rowB.textContent).toContain('Số hiệu thẻ ĐV');
    expect(rowB.textContent).toContain('chưa nhận ra');
    expect(within(mapping).getByText('C').closest('tr')!.textContent).toContain('Họ và tên');

    // Rejected rows with the translated field, converted rows, and nothing written yet.
    const rejected = screen.getByTestId('import-rejected');
    expect(within(rejected).getByText('6')).toBeTruthy();
    expect(within(rejected).getByText('Ngày sinh')).toBeTruthy();
    expect(within(rejected).getByText('Ngày sinh không hợp lệ: «31/02/1990»')).toBeTruthy();
    expect(screen.getByTestId('import-converted').textContent).toContain('Dòng 5: TCVN3 (.VnTime)');
    const first = core.callsOf('members.importData') as {
      fileName: string;
      base64: string;
      dryRun: boolean;
      mapping?: unknown;
    }[];
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ fileName: 'doan-vien.csv', dryRun: true });
    expect(first[0].mapping).toBeUndefined();
    expect(
      new TextDecoder('utf-8', { ignoreBOM: true }).decode(
        Uint8Array.from(atob(first[0].base64), (c) => c.charCodeAt(0)),
      ),
    ).toBe(CSV);

    // Fixing column B runs the dry run again with the mapping.
    const select = within(screen.getByTestId('import-map-B')).getByRole('combobox');
    fireEvent.mouseDown(select);
    fireEvent.change(select, { target: { value: 'so the doan' } });
    const option = await waitFor(() => {
      const o = [...document.querySelectorAll('.ant-select-item-option-content')].find(
        (x) => x.textContent === 'Số thẻ đoàn viên',
      );
      if (!o) throw new Error('option missing');
      return o;
    });
    await act(async () => {
      fireEvent.click(option);
    });
    await waitFor(() => expect(core.callsOf('members.importData')).toHaveLength(2));
    expect(core.callsOf('members.importData')[1]).toMatchObject({ dryRun: true, mapping: { B: 'cardNumber' } });
    await waitFor(() => expect(screen.queryByTestId('import-unmapped')).toBeNull());

    const confirm = screen.getByTestId('import-confirm');
    expect(confirm.textContent).toContain('Nhập 2 đoàn viên');
    await act(async () => {
      fireEvent.click(confirm);
    });
    const report = await screen.findByTestId('import-report');
    expect(core.callsOf('members.importData')[2]).toMatchObject({ dryRun: false, mapping: { B: 'cardNumber' } });
    expect(report.textContent).toContain('Đã thêm');
    expect(report.textContent).toContain('Ngày sinh không hợp lệ');
    expect(core.callsOf('members.importData')).toHaveLength(3);
  });

  it('shows why a file was refused and lets the user pick another', async () => {
    const core = openCore();
    core.state.importPlan = () =>
      new AppError('VALIDATION', 'Chỉ nhập được tệp .xlsx hoặc .csv', [
        { path: ['file'], message: 'Chỉ nhập được tệp .xlsx hoặc .csv' },
      ]);
    await openWizard(core);
    await pickFile('ds.txt', 'abc');
    expect((await screen.findByTestId('import-error')).textContent).toContain('Chỉ nhập được tệp .xlsx hoặc .csv');
    expect(screen.getByTestId('import-file')).toBeTruthy();
    expect(screen.queryByTestId('import-confirm')).toBeNull();
  });
});
