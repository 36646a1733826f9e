// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/shared/errors';
import { EMPTY_PROFILE, createFakeCore } from './fakeCore';
import { renderApp } from './setup';

const PROFILE = {
  ...EMPTY_PROFILE,
  name: 'Công đoàn cơ sở Công ty CP Dệt may Hà Đông',
  place: 'Hà Nội',
  upperLevelName: 'Công đoàn phường Hà Đông',
  upperLevelType: 'ward' as const,
  term: '2025–2030',
};
const openCore = (extra = {}) =>
  createFakeCore({ vault: 'unlocked', passphrase: 'mật khẩu 12345', profile: { ...PROFILE }, ...extra });

describe('app shell', () => {
  it('shows the organisation, the whole roadmap menu and honest "coming" pages', async () => {
    renderApp(openCore().raw);
    expect((await screen.findByTestId('org-title')).textContent).toBe(PROFILE.name);
    const menu = [
      'overview',
      'members',
      'documents',
      'meetings',
      'elections',
      'bulletins',
      'finance',
      'welfare',
      'sync',
      'settings',
    ];
    for (const key of menu) {
      expect(screen.getByTestId(`nav-${key}`)).toBeTruthy();
    }
    // Overview shows the real profile and says there is no backup yet.
    expect(await screen.findByText('Công đoàn phường')).toBeTruthy();
    expect(screen.getByText('Chưa có bản sao lưu nào.')).toBeTruthy();
    fireEvent.click(screen.getByTestId('nav-sync'));
    const page = await screen.findByTestId('page-sync');
    expect(await within(page).findByTestId('sync-page')).toBeTruthy();
    expect(window.location.hash).toBe('#/sync');
  });

  it('shows the latest backup date as dd/mm/yyyy HH:mm on the overview', async () => {
    const core = openCore({
      backups: [
        { name: 'a', kind: 'auto', createdAt: '2026-01-02T03:04:00', size: 10 },
        { name: 'b', kind: 'manual', createdAt: '2026-02-05T08:09:00', size: 10 },
      ],
    });
    renderApp(core.raw);
    expect((await screen.findByTestId('overview-last-backup')).textContent).toBe('05/02/2026 08:09');
  });

  it('locks with the lock button and returns to the unlock screen', async () => {
    const core = openCore();
    renderApp(core.raw);
    await screen.findByTestId('app-shell');
    await act(async () => {
      fireEvent.click(screen.getByTestId('lock-button'));
    });
    expect(await screen.findByTestId('unlock-passphrase')).toBeTruthy();
    expect(core.callsOf('vault.lock')).toHaveLength(1);
    // A user lock never triggers a silent keystore unlock.
    expect(core.callsOf('vault.unlockWithKeystore')).toHaveLength(0);
  });
});

describe('settings', () => {
  it('creates a backup with a progress bar and lists it with date and size', async () => {
    window.history.replaceState(null, '', '#/settings/backups');
    const core = openCore();
    renderApp(core.raw);
    const list = await screen.findByTestId('backup-list');
    await waitFor(() => expect(within(list).getByText('Chưa có bản sao lưu nào.')).toBeTruthy());
    let release!: () => void;
    const wait = core.handlers['jobs.wait']!;
    core.handlers['jobs.wait'] = async (input) => {
      await new Promise<void>((r) => (release = r));
      return wait(input);
    };
    await act(async () => {
      fireEvent.click(screen.getByTestId('backup-create'));
    });
    const progress = await screen.findByTestId('backup-progress');
    act(() => core.emit('job.progress', { id: 'job-1', kind: 'backup', state: 'running', done: 1, total: 4 }));
    await waitFor(() => expect(progress.querySelector('[aria-valuenow]')?.getAttribute('aria-valuenow')).toBe('25'));
    // Progress of other jobs is ignored.
    act(() => core.emit('job.progress', { id: 'other', kind: 'backup', state: 'running', done: 3, total: 4 }));
    expect(progress.querySelector('[aria-valuenow]')?.getAttribute('aria-valuenow')).toBe('25');
    await act(async () => release());
    await waitFor(() => expect(within(list).getByText('05/02/2026 08:09')).toBeTruthy());
    expect(within(list).getByText('1,5 MB')).toBeTruthy();
    expect(within(list).getByText('Thủ công')).toBeTruthy();
    await waitFor(() => expect(screen.queryByTestId('backup-progress')).toBeNull());
  });

  it('restores a backup after confirmation and reloads the app state', async () => {
    window.history.replaceState(null, '', '#/settings/backups');
    const core = openCore({
      backups: [{ name: 'b1.udbak', kind: 'auto', createdAt: '2026-03-01T10:00:00', size: 2048 }],
    });
    renderApp(core.raw);
    const list = await screen.findByTestId('backup-list');
    fireEvent.click(await within(list).findByTestId('backup-restore'));
    expect((await screen.findAllByText('Khôi phục bản sao lưu này?')).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/01\/03\/2026 10:00/).length).toBeGreaterThan(0);
    expect(core.callsOf('backup.restore')).toHaveLength(0);
    const statusCalls = core.callsOf('app.status').length;
    await act(async () => {
      fireEvent.click(screen.getByTestId('backup-restore-ok'));
    });
    await waitFor(() => expect(core.callsOf('backup.restore')).toEqual([{ file: 'b1.udbak' }]));
    await waitFor(() => expect(core.callsOf('app.status').length).toBeGreaterThan(statusCalls));
    expect(await screen.findByTestId('app-shell')).toBeTruthy();
  });

  it('saves how many automatic backups to keep', async () => {
    window.history.replaceState(null, '', '#/settings/backups');
    const core = openCore();
    renderApp(core.raw);
    const input = (await screen.findByTestId('backup-keep')) as HTMLInputElement;
    await waitFor(() => expect(input.value).toBe('10'));
    fireEvent.change(input, { target: { value: '14' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('backup-keep-save'));
    });
    await waitFor(() => expect(core.callsOf('settings.update')).toEqual([{ backupKeep: 14 }]));
  });

  it('edits the profile, shows the upper-level history, and updates the header', async () => {
    window.history.replaceState(null, '', '#/settings/org');
    const core = openCore({
      upperLevels: [
        { name: 'LĐLĐ quận Hà Đông', type: null, validFrom: '2020-01-15' },
        { name: 'Công đoàn phường Hà Đông', type: 'ward', validFrom: '2025-07-01' },
      ],
    });
    renderApp(core.raw);
    const history = await screen.findByTestId('upper-level-history');
    expect(within(history).getByText('15/01/2020')).toBeTruthy();
    expect(within(history).getByText('01/07/2025')).toBeTruthy();
    const name = screen.getByTestId('org-name') as HTMLInputElement;
    expect(name.value).toBe(PROFILE.name);
    fireEvent.change(name, { target: { value: 'CĐCS Dệt may Hà Đông' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('org-save'));
    });
    await waitFor(() => expect(screen.getByTestId('org-title').textContent).toBe('CĐCS Dệt may Hà Đông'));
    expect(core.callsOf('org.update').at(-1)).toMatchObject({ name: 'CĐCS Dệt may Hà Đông', upperLevelType: 'ward' });
  });

  it('changes the passphrase; a wrong current one is shown under its field', async () => {
    window.history.replaceState(null, '', '#/settings/security');
    const core = openCore();
    renderApp(core.raw);
    const fill = async (current: string) => {
      fireEvent.change(await screen.findByTestId('security-current'), { target: { value: current } });
      fireEvent.change(screen.getByTestId('security-new'), { target: { value: 'mật khẩu mới 67890' } });
      fireEvent.change(screen.getByTestId('security-new-confirm'), { target: { value: 'mật khẩu mới 67890' } });
      await act(async () => {
        fireEvent.click(screen.getByTestId('security-change'));
      });
    };
    await fill('không đúng');
    const err = await screen.findByText('Mật khẩu hiện tại không đúng.');
    expect(err.closest('.ant-form-item')?.querySelector('[data-testid="security-current"]')).toBeTruthy();
    await fill('mật khẩu 12345');
    await waitFor(() => expect(core.state.passphrase).toBe('mật khẩu mới 67890'));
    expect(screen.getByTestId('keystore-unavailable')).toBeTruthy();
  });

  it('runs the doctor and shows its checks; core errors are translated', async () => {
    window.history.replaceState(null, '', '#/settings/doctor');
    const core = openCore();
    renderApp(core.raw);
    const runButton = await screen.findByTestId('doctor-run');
    await act(async () => {
      fireEvent.click(runButton);
    });
    expect(await screen.findByText('Mọi thứ đều ổn.')).toBeTruthy();
    // The plain sentence shows; the check's technical name and detail are folded away until asked for.
    expect(screen.getByTestId('doctor-check-integrity').textContent).toContain('Dữ liệu không có chỗ nào bị hỏng.');
    expect(screen.queryByText('PRAGMA integrity_check: ok')).toBeNull();
    fireEvent.click(screen.getByText('Chi tiết kỹ thuật (cho người hỗ trợ)'));
    expect(await screen.findByText('PRAGMA integrity_check: ok')).toBeTruthy();
    core.handlers['doctor.run'] = () => {
      throw new AppError('INTERNAL', 'boom');
    };
    await act(async () => {
      fireEvent.click(screen.getByTestId('doctor-run'));
    });
    expect(await screen.findByText('Đã có lỗi xảy ra. Vui lòng thử lại.')).toBeTruthy();
  });

  it('switches bulletins to explicit opt-in from the organisation tab', async () => {
    window.history.replaceState(null, '', '#/settings/org');
    const core = openCore();
    renderApp(core.raw);
    const toggle = await screen.findByTestId('email-opt-in');
    await waitFor(() => expect(toggle.getAttribute('aria-checked')).toBe('false'));
    fireEvent.click(toggle);
    await waitFor(() => expect(core.callsOf('settings.update')).toEqual([{ emailOptInRequired: true }]));
    await waitFor(() => expect(toggle.getAttribute('aria-checked')).toBe('true'));
  });
});
