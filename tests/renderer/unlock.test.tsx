// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/shared/errors';
import { EMPTY_PROFILE, createFakeCore } from './fakeCore';
import { renderApp } from './setup';

const PASS = 'mật khẩu đúng 2026';
const lockedCore = (extra = {}) =>
  createFakeCore({
    vault: 'locked',
    passphrase: PASS,
    profile: { ...EMPTY_PROFILE, name: 'CĐCS Công ty Sông Hồng' },
    ...extra,
  });

async function unlockWith(passphrase: string) {
  fireEvent.change(await screen.findByTestId('unlock-passphrase'), { target: { value: passphrase } });
  await act(async () => {
    fireEvent.click(screen.getByTestId('unlock-submit'));
  });
}

describe('unlock screen', () => {
  it('shows the translated WRONG_SECRET error under the field, then unlocks', async () => {
    const core = lockedCore();
    renderApp(core.raw);
    await unlockWith('sai rồi');
    const err = await screen.findByTestId('unlock-error');
    expect(err.textContent).toBe('Sai mật khẩu. Vui lòng thử lại.');
    // The error sits in the passphrase field's help area.
    expect(err.closest('.ant-form-item')?.querySelector('[data-testid="unlock-passphrase"]')).toBeTruthy();
    // Typing again clears it.
    fireEvent.change(screen.getByTestId('unlock-passphrase'), { target: { value: 'x' } });
    await waitFor(() => expect(screen.queryByTestId('unlock-error')).toBeNull());
    await unlockWith(PASS);
    expect((await screen.findByTestId('org-title')).textContent).toBe('CĐCS Công ty Sông Hồng');
    expect(core.callsOf('vault.unlock')).toEqual([{ passphrase: 'sai rồi' }, { passphrase: PASS }]);
  });

  it('shows other errors (e.g. NEWER_DATABASE) in Vietnamese near the button', async () => {
    const core = lockedCore();
    core.handlers['vault.unlock'] = () => {
      throw new AppError('NEWER_DATABASE', 'newer');
    };
    renderApp(core.raw);
    await unlockWith(PASS);
    expect((await screen.findByTestId('unlock-error')).textContent).toContain('phiên bản UnionDesk mới hơn');
  });

  it('tries the keystore silently first when enrolled', async () => {
    const core = lockedCore({ keystoreAvailable: true, keystoreEnrolled: true });
    renderApp(core.raw);
    expect((await screen.findByTestId('org-title')).textContent).toBe('CĐCS Công ty Sông Hồng');
    expect(core.callsOf('vault.unlockWithKeystore')).toHaveLength(1);
    expect(core.callsOf('vault.unlock')).toHaveLength(0);
  });

  it('falls back to the passphrase when the keystore fails', async () => {
    const core = lockedCore({ keystoreAvailable: true, keystoreEnrolled: true });
    core.handlers['vault.unlockWithKeystore'] = () => {
      throw new AppError('KEYSTORE_UNAVAILABLE', 'no');
    };
    renderApp(core.raw);
    expect(await screen.findByTestId('unlock-passphrase')).toBeTruthy();
    expect(screen.queryByTestId('unlock-error')).toBeNull();
  });

  it('recovers with the recovery key and a new passphrase', async () => {
    const core = lockedCore();
    renderApp(core.raw);
    fireEvent.click(await screen.findByText('Quên mật khẩu? Dùng khoá khôi phục'));
    fireEvent.change(await screen.findByTestId('recover-key'), { target: { value: 'WRONG-KEY' } });
    fireEvent.change(screen.getByTestId('recover-passphrase'), { target: { value: 'mật khẩu mới 2026' } });
    fireEvent.change(screen.getByTestId('recover-passphrase-confirm'), { target: { value: 'mật khẩu mới 2026' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('recover-submit'));
    });
    expect(await screen.findByText('Sai khoá khôi phục. Vui lòng kiểm tra lại.')).toBeTruthy();
    fireEvent.change(screen.getByTestId('recover-key'), { target: { value: ` ${core.state.recoveryKey} ` } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('recover-submit'));
    });
    expect(await screen.findByTestId('app-shell')).toBeTruthy();
    expect(core.state.passphrase).toBe('mật khẩu mới 2026');
    expect(core.callsOf('vault.recover').at(-1)).toEqual({
      recoveryKey: core.state.recoveryKey,
      newPassphrase: 'mật khẩu mới 2026',
    });
  });

  it('goes back to the unlock screen when the core reports the vault locked', async () => {
    const core = lockedCore({ vault: 'unlocked' });
    renderApp(core.raw);
    await screen.findByTestId('app-shell');
    core.state.vault = 'locked';
    act(() => core.emit('vault.locked', { reason: 'idle' }));
    expect(await screen.findByTestId('unlock-passphrase')).toBeTruthy();
    expect(screen.getByText('Kho dữ liệu đã tự khoá vì lâu không sử dụng.')).toBeTruthy();
  });
});
