// @vitest-environment jsdom
/** Tổng quan, saving a backup out of the PC and restoring from a picked file, against the fake core's seam. */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { BACKUP_UPLOAD_MAX_BYTES } from '../../src/shared/backup-contract';
import { EMPTY_PROFILE, createFakeCore, makeMember } from './fakeCore';
import { renderApp } from './setup';

const PROFILE = { ...EMPTY_PROFILE, name: 'CĐCS Công ty May', place: 'Hà Nội', upperLevelName: 'LĐLĐ phường' };
const isoDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

describe('Tổng quan', () => {
  it('shows next steps for a new vault and a warning that nothing is backed up', async () => {
    window.history.replaceState(null, '', '#/overview');
    renderApp(createFakeCore({ vault: 'unlocked', passphrase: 'x', profile: { ...EMPTY_PROFILE, name: 'CĐCS' } }).raw);
    const steps = await screen.findByTestId('overview-steps');
    expect(within(steps).getByTestId('overview-step-import')).toBeTruthy();
    expect(within(steps).getByTestId('overview-step-profile')).toBeTruthy();
    expect(within(steps).getByTestId('overview-step-document')).toBeTruthy();
    expect(screen.getByTestId('overview-backup-warning').textContent).toContain('chưa được sao lưu');
    expect(screen.getByTestId('overview-members').textContent).toContain('Chưa có đoàn viên nào');
    fireEvent.click(within(screen.getByTestId('overview-step-profile')).getByRole('button'));
    await waitFor(() => expect(window.location.hash).toBe('#/settings/org'));
  });

  it('counts members by status, women and group; done steps disappear; an old backup is flagged', async () => {
    window.history.replaceState(null, '', '#/overview');
    const units = [
      { id: 'u1', name: 'Tổ may', parentId: null, sortOrder: 0 },
      { id: 'u2', name: 'Tổ cắt', parentId: null, sortOrder: 1 },
    ];
    const year = new Date().getFullYear();
    const members = [
      makeMember({ fullName: 'Nguyễn Thị Hoa', gender: 'female', unitId: 'u1', joinedOn: `${year}-01-02` }),
      makeMember({ fullName: 'Trần Thị Lan', gender: 'female', unitId: 'u1' }),
      makeMember({ fullName: 'Lê Văn Cường', gender: 'male', unitId: 'u2' }),
      makeMember({ fullName: 'Phạm Văn Dũng', gender: 'male', status: 'retired' }),
    ];
    const core = createFakeCore({
      vault: 'unlocked',
      passphrase: 'x',
      profile: { ...PROFILE, chairName: 'Nguyễn Văn An' },
      members,
      units: units as never,
      backups: [{ name: 'b.udbak', kind: 'auto', createdAt: isoDaysAgo(9), size: 10 }],
    });
    renderApp(core.raw);
    expect((await screen.findByTestId('overview-active')).textContent).toContain('3');
    expect(screen.getByTestId('overview-women').textContent).toContain('2');
    expect(screen.getByTestId('overview-women').textContent).toContain('67%');
    expect(screen.getByTestId('overview-admitted').textContent).toContain('1');
    expect(screen.getByTestId('overview-status-retired').textContent).toBe('Nghỉ hưu: 1');
    const bars = screen.getAllByTestId('overview-unit').map((b) => b.textContent);
    expect(bars).toEqual(['Tổ may2', 'Tổ cắt1']);
    // Members and profile are there: only the first document is left to do.
    const steps = screen.getByTestId('overview-steps');
    expect(within(steps).queryByTestId('overview-step-import')).toBeNull();
    expect(within(steps).queryByTestId('overview-step-profile')).toBeNull();
    expect(within(steps).getByTestId('overview-step-document')).toBeTruthy();
    expect(screen.getByTestId('overview-backup-warning').textContent).toContain('9 ngày');
    expect(core.callsOf('overview.get')).toEqual([{ asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]);
  });
});

describe('backup files', () => {
  it('saves a backup as a download, fetched in pieces', async () => {
    window.history.replaceState(null, '', '#/settings/backups');
    const core = createFakeCore({
      vault: 'unlocked',
      passphrase: 'x',
      profile: PROFILE,
      backups: [
        { name: 'uniondesk-20261207-083000-000-manual.udbak', kind: 'manual', createdAt: isoDaysAgo(0), size: 6 },
      ],
    });
    const pieces = ['AAEC', 'AwQF'];
    core.handlers['backup.export'] = (i) => ({
      fileName: i.file,
      size: 6,
      offset: i.offset,
      base64: pieces[i.offset / 3],
      done: i.offset === 3,
    });
    renderApp(core.raw);
    const list = await screen.findByTestId('backup-list', {}, { timeout: 15_000 });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    let saved: Blob | null = null;
    URL.createObjectURL = vi.fn((b: Blob) => ((saved = b), 'blob:fake'));
    URL.revokeObjectURL = vi.fn();
    await act(async () => {
      fireEvent.click(await within(list).findByTestId('backup-save', {}, { timeout: 15_000 }));
    });
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(core.callsOf('backup.export')).toEqual([
      { file: 'uniondesk-20261207-083000-000-manual.udbak', offset: 0 },
      { file: 'uniondesk-20261207-083000-000-manual.udbak', offset: 3 },
    ]);
    const bytes = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(saved as unknown as Blob);
    });
    expect([...new Uint8Array(bytes)]).toEqual([0, 1, 2, 3, 4, 5]);
    click.mockRestore();
  });

  it('restores from a picked file: its bytes are sent, then restored by upload id; an oversize file is refused', async () => {
    window.history.replaceState(null, '', '#/settings/backups');
    const core = createFakeCore({ vault: 'unlocked', passphrase: 'x', profile: PROFILE });
    const received: string[] = [];
    core.handlers['backup.upload'] = (i) => {
      received.push(i.base64);
      return { upload: 'a'.repeat(32), received: i.offset + 4 };
    };
    renderApp(core.raw);
    // antd renders a fresh <input type=file> after each pick: look it up each time.
    const input = () => screen.getByTestId('backup-restore-file').closest('span')?.querySelector('input');
    await screen.findByTestId('backup-restore-file');
    const big = new File(['x'], 'qua-lon.udbak');
    Object.defineProperty(big, 'size', { value: BACKUP_UPLOAD_MAX_BYTES + 1 });
    await act(async () => {
      fireEvent.change(input() as HTMLInputElement, { target: { files: [big] } });
    });
    expect(await screen.findByText(/Tệp quá lớn/)).toBeTruthy();
    expect(core.callsOf('backup.upload')).toEqual([]);

    const file = new File([new Uint8Array([9, 8, 7, 6])], 'usb.udbak');
    await act(async () => {
      fireEvent.change(input() as HTMLInputElement, { target: { files: [file] } });
    });
    fireEvent.click(await screen.findByTestId('backup-restore-file-ok'));
    await waitFor(() => expect(core.callsOf('backup.restore')).toEqual([{ upload: 'a'.repeat(32) }]));
    expect(received).toEqual(['CQgHBg==']);
    expect(core.callsOf('backup.upload')).toEqual([{ offset: 0, size: 4, base64: 'CQgHBg==' }]);
  });
});
