// @vitest-environment jsdom
/**
 * The import dialog against the fake core: an ambiguous column keeps Confirm shut and says which column to choose,
 * the focus lands on each step's title (never <body>), the flagged rows' choice re-runs the check with skipFlagged,
 * and the rows to fix are downloaded from the bytes members.importProblems returns.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportReport } from '../../src/shared/members-contract';
import { EMPTY_IMPORT, EMPTY_PROFILE, createFakeCore } from '../renderer/fakeCore';
import { renderApp } from '../renderer/setup';

const ASKED: ImportReport = {
  ...EMPTY_IMPORT,
  imported: 3,
  headerRow: 1,
  mapping: { A: 'fullName', B: 'email' },
  headers: { A: 'Họ và tên', B: 'Email', C: 'Chức vụ' },
  ambiguous: [{ column: 'C', header: 'Chức vụ' }],
  samples: { A: ['Ngô Minh Hương', 'Hồ Thanh Hà'], B: ['a@x.vn', 'b@@x'], C: ['Thủ kho', 'Lái xe', 'Kế toán'] },
  flagged: [{ row: 3, field: 'email', reason: 'Email không hợp lệ: «b@@x»' }],
};

const realCreate = URL.createObjectURL;
afterEach(() => {
  URL.createObjectURL = realCreate;
});

async function choose(testId: string, typed: string, label: string) {
  const select = within(screen.getByTestId(testId)).getByRole('combobox');
  fireEvent.mouseDown(select);
  fireEvent.change(select, { target: { value: typed } });
  const option = await waitFor(() => {
    const o = [...document.querySelectorAll('.ant-select-item-option-content')].find((x) => x.textContent === label);
    if (!o) throw new Error(`option ${label} missing`);
    return o;
  });
  await act(async () => {
    fireEvent.click(option);
  });
}

describe('import dialog that asks', () => {
  it('waits for the choice, keeps the focus in the dialog, passes skipFlagged, downloads the rows to fix', async () => {
    const core = createFakeCore({
      vault: 'unlocked',
      passphrase: 'x'.repeat(8),
      profile: { ...EMPTY_PROFILE, name: 'CĐCS Omizu' },
    });
    core.state.importPlan = ({ dryRun, mapping, skipFlagged }) =>
      mapping?.C
        ? { ...ASKED, dryRun, mapping: { ...ASKED.mapping, C: mapping.C }, ambiguous: [], skipped: skipFlagged ? 1 : 0 }
        : { ...ASKED, dryRun };
    window.history.replaceState(null, '', '#/members');
    renderApp(core.raw);
    await screen.findByTestId('members-count');
    fireEvent.click(screen.getByTestId('member-import'));
    const input = (await screen.findByTestId('import-file')).querySelector('input[type=file]') as HTMLInputElement;
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File(['x'], 'ds.csv', { type: 'text/csv' })] } });
    });
    await screen.findByTestId('import-dryrun-summary');

    expect(document.activeElement?.getAttribute('data-testid')).toBe('import-step-title');
    expect(screen.getByTestId('import-ambiguous').textContent).toContain('Cột C «Chức vụ»');
    expect(screen.getByTestId('import-samples-C').textContent).toBe('Thủ kho · Lái xe · Kế toán');
    const confirm = screen.getByTestId('import-confirm') as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    expect(confirm.textContent).toBe('Chọn trường cho cột «Chức vụ» trước');

    await choose('import-map-C', 'chuc danh', 'Chức danh công việc');
    await waitFor(() => expect(screen.queryByTestId('import-ambiguous')).toBeNull());
    expect(core.callsOf('members.importData').at(-1)).toMatchObject({ dryRun: true, mapping: { C: 'jobTitle' } });
    expect((screen.getByTestId('import-confirm') as HTMLButtonElement).disabled).toBe(false);

    await act(async () => {
      fireEvent.click(within(screen.getByTestId('import-flagged-choice')).getByText('Bỏ qua các dòng này'));
    });
    await waitFor(() =>
      expect(core.callsOf('members.importData').at(-1)).toMatchObject({ dryRun: true, skipFlagged: true }),
    );

    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:fake'));
    const saved: string[] = []; // jsdom cannot follow a download link: the name it would save under is enough
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    await act(async () => {
      fireEvent.click(screen.getByTestId('import-download-problems'));
    });
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect(core.callsOf('members.importProblems')).toEqual([
      expect.objectContaining({ fileName: 'ds.csv', mapping: { C: 'jobTitle' }, skipFlagged: true }),
    ]);
    expect(blobs[0].type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(saved).toEqual(['ds-can-sua.xlsx']);
    click.mockRestore();

    await act(async () => {
      fireEvent.click(screen.getByTestId('import-confirm'));
    });
    await screen.findByTestId('import-report');
    expect(core.callsOf('members.importData').at(-1)).toMatchObject({ dryRun: false, skipFlagged: true });
    expect(document.activeElement?.getAttribute('data-testid')).toBe('import-step-title');
    expect(screen.getByTestId('import-flagged-skipped').textContent).toBe('Đã bỏ qua 1 dòng có ô sai');
  });
});
