// @vitest-environment jsdom
/** The idle lock in the UI: its setting on the security page, and the unlock screen saying why it locked. */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE, createFakeCore } from './fakeCore';
import { renderApp } from './setup';

const openCore = () =>
  createFakeCore({
    vault: 'unlocked',
    passphrase: 'mật khẩu 12345',
    profile: { ...EMPTY_PROFILE, name: 'Công đoàn cơ sở Công ty CP Dệt may Hà Đông' },
  });

describe('idle lock', () => {
  it('the security page edits the minutes (15 by default, 0 = never)', async () => {
    window.history.replaceState(null, '', '#/settings/security');
    const core = openCore();
    renderApp(core.raw);
    const input = (await screen.findByTestId('idle-lock-minutes')) as HTMLInputElement;
    await waitFor(() => expect(input.value).toBe('15'));
    expect(screen.getByText('Tự khoá sau số phút không sử dụng')).toBeTruthy();
    fireEvent.change(input, { target: { value: '0' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('idle-lock-minutes-save'));
    });
    await waitFor(() => expect(core.callsOf('settings.update')).toEqual([{ idleLockMinutes: 0 }]));
  });

  it('when the core locks for idleness, the unlock screen says so', async () => {
    window.history.replaceState(null, '', '#/overview');
    const core = openCore();
    renderApp(core.raw);
    await screen.findByTestId('app-shell');
    await act(async () => {
      core.state.vault = 'locked';
      core.emit('vault.locked', { reason: 'idle' });
    });
    expect(await screen.findByText('Kho dữ liệu đã tự khoá vì lâu không sử dụng.')).toBeTruthy();
  });
});
