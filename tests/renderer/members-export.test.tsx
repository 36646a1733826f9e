// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_PROFILE, createFakeCore, makeMember } from './fakeCore';
import { renderApp } from './setup';

function openCore() {
  const core = createFakeCore({
    vault: 'unlocked',
    passphrase: 'x'.repeat(8),
    profile: { ...EMPTY_PROFILE, name: 'CĐCS Dệt may' },
  });
  core.state.units = [
    { id: 'u-1', name: 'Tổ May 1', parentId: null, memberCount: 0 },
    { id: 'u-2', name: 'Tổ Cắt', parentId: null, memberCount: 0 },
  ];
  core.state.members = [makeMember({ id: 'an', fullName: 'Nguyễn Văn An', unit: 'Tổ May 1', unitId: 'u-1' })];
  return core;
}

let clicks: string[];
beforeEach(() => {
  clicks = [];
  URL.createObjectURL = vi.fn(() => 'blob:fake');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicks.push(this.download);
  });
});
afterEach(() => vi.restoreAllMocks());

async function openRegister(core = openCore()) {
  window.history.replaceState(null, '', '#/members');
  renderApp(core.raw);
  await screen.findAllByTestId('member-row');
  return core;
}

describe('export and print', () => {
  it('exports the searched list with sensitive fields only on request, warning that it is logged', async () => {
    const core = await openRegister();
    fireEvent.change(screen.getByTestId('members-search'), { target: { value: 'nguyen' } });
    await waitFor(() => expect(screen.getByTestId('members-count').textContent).toBe('Tìm thấy 1 đoàn viên'));
    fireEvent.click(screen.getByTestId('member-export'));
    const dialog = await screen.findByTestId('export-dialog');
    expect(screen.queryByTestId('export-sensitive-warning')).toBeNull();
    fireEvent.click(within(dialog).getByRole('checkbox'));
    const warning = await screen.findByTestId('export-sensitive-warning');
    expect(warning.textContent).toContain('Nghị định 13/2023/NĐ-CP');
    expect(warning.textContent).toContain('ghi nhật ký');
    await act(async () => {
      fireEvent.click(screen.getByTestId('export-submit'));
    });
    await waitFor(() =>
      expect(core.callsOf('members.export')).toEqual([{ query: 'nguyen', format: 'xlsx', includeSensitive: true }]),
    );
    await waitFor(() => expect(clicks).toEqual(['danh-sach-doan-vien-2026-02-05.xlsx']));
  });

  it('never sends sensitive fields with a PDF; "In danh sách" downloads the PDF directly', async () => {
    const core = await openRegister();
    fireEvent.click(screen.getByTestId('member-export'));
    const dialog = await screen.findByTestId('export-dialog');
    fireEvent.click(within(dialog).getByRole('checkbox'));
    fireEvent.click(within(dialog).getByText('PDF để in'));
    expect(screen.queryByTestId('export-sensitive-warning')).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByTestId('export-submit'));
    });
    await waitFor(() => expect(core.callsOf('members.export')).toEqual([{ format: 'pdf', includeSensitive: false }]));
    await act(async () => {
      fireEvent.click(screen.getByTestId('member-print'));
    });
    await waitFor(() => expect(core.callsOf('members.export')).toHaveLength(2));
    expect(core.callsOf('members.export')[1]).toEqual({ format: 'pdf', includeSensitive: false });
    await waitFor(() => expect(clicks).toHaveLength(2));
  });
});

describe('union groups', () => {
  it('adds, renames (keeping the parent) and refuses to delete a group with members, showing the core message', async () => {
    window.history.replaceState(null, '', '#/members/units');
    const core = openCore();
    core.state.units.push({ id: 'u-3', name: 'Tổ May 1A', parentId: 'u-1', memberCount: 0 });
    renderApp(core.raw);
    const editor = await screen.findByTestId('units-editor');
    await waitFor(() => expect(within(editor).getAllByTestId('unit-node')).toHaveLength(3));
    expect(within(editor).getByText('Tổ May 1').parentElement!.textContent).toContain('(1)');

    fireEvent.click(screen.getByTestId('unit-add'));
    fireEvent.change(await screen.findByTestId('unit-name'), { target: { value: 'Tổ Hoàn thiện' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('unit-save'));
    });
    await waitFor(() => expect(core.callsOf('units.save')).toEqual([{ name: 'Tổ Hoàn thiện', parentId: null }]));
    await waitFor(() => expect(within(editor).getAllByTestId('unit-node')).toHaveLength(4));

    fireEvent.click(within(editor).getByText('Tổ May 1A'));
    fireEvent.click(screen.getByTestId('unit-edit'));
    const name = (await screen.findByTestId('unit-name')) as HTMLInputElement;
    await waitFor(() => expect(name.value).toBe('Tổ May 1A'));
    fireEvent.change(name, { target: { value: 'Tổ May 1B' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('unit-save'));
    });
    await waitFor(() =>
      expect(core.callsOf('units.save').at(-1)).toEqual({ id: 'u-3', name: 'Tổ May 1B', parentId: 'u-1' }),
    );

    fireEvent.click(within(editor).getByText('Tổ May 1'));
    fireEvent.click(screen.getByTestId('unit-delete'));
    const ok = await screen.findByTestId('unit-delete-ok');
    await act(async () => {
      fireEvent.click(ok);
    });
    expect((await screen.findByTestId('units-error')).textContent).toContain('Tổ công đoàn còn đoàn viên hoặc tổ con');
  });
});
