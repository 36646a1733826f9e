// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeCore } from './fakeCore';
import { renderApp } from './setup';

const PASS = 'Đoàn kết-2026!';

async function createVault(core = createFakeCore()) {
  renderApp(core.raw);
  fireEvent.change(await screen.findByTestId('wizard-passphrase'), { target: { value: PASS } });
  fireEvent.change(screen.getByTestId('wizard-passphrase-confirm'), { target: { value: PASS } });
  fireEvent.click(screen.getByTestId('wizard-create'));
  await screen.findByTestId('recovery-key');
  return core;
}

describe('first-run wizard', () => {
  it('starts on the wizard when the core is new, in Vietnamese', async () => {
    renderApp(createFakeCore().raw);
    expect(await screen.findByText('Thiết lập lần đầu')).toBeTruthy();
    expect(screen.getAllByText('Tạo kho dữ liệu').length).toBeGreaterThan(0);
    // No keystore on this machine: no keystore checkbox.
    expect(screen.queryByTestId('wizard-keystore')).toBeNull();
  });

  it('refuses mismatched passphrases without calling the core', async () => {
    const core = createFakeCore();
    renderApp(core.raw);
    fireEvent.change(await screen.findByTestId('wizard-passphrase'), { target: { value: PASS } });
    fireEvent.change(screen.getByTestId('wizard-passphrase-confirm'), { target: { value: PASS + 'x' } });
    fireEvent.click(screen.getByTestId('wizard-create'));
    expect(await screen.findByText('Hai mật khẩu không khớp.')).toBeTruthy();
    expect(core.callsOf('vault.create')).toHaveLength(0);
  });

  it('refuses a short passphrase and shows a strength hint', async () => {
    const core = createFakeCore();
    renderApp(core.raw);
    fireEvent.change(await screen.findByTestId('wizard-passphrase'), { target: { value: 'abc' } });
    await waitFor(() => expect(screen.getByTestId('wizard-passphrase-strength').textContent).toContain('Rất yếu'));
    fireEvent.click(screen.getByTestId('wizard-create'));
    expect(await screen.findByText('Cần ít nhất 8 ký tự.')).toBeTruthy();
    expect(core.callsOf('vault.create')).toHaveLength(0);
    fireEvent.change(screen.getByTestId('wizard-passphrase'), { target: { value: PASS } });
    await waitFor(() => expect(screen.getByTestId('wizard-passphrase-strength').textContent).toContain('Mạnh'));
  });

  it('offers the keystore only when it is available, and passes the choice on', async () => {
    const core = createFakeCore({ keystoreAvailable: true });
    renderApp(core.raw);
    fireEvent.change(await screen.findByTestId('wizard-passphrase'), { target: { value: PASS } });
    fireEvent.change(screen.getByTestId('wizard-passphrase-confirm'), { target: { value: PASS } });
    fireEvent.click(screen.getByTestId('wizard-keystore'));
    fireEvent.click(screen.getByTestId('wizard-create'));
    await screen.findByTestId('recovery-key');
    expect(core.callsOf('vault.create')).toEqual([{ passphrase: PASS, useKeystore: true }]);
  });

  it('shows the recovery key once and blocks Continue until "saved" is ticked', async () => {
    const core = await createVault();
    expect(core.callsOf('vault.create')).toEqual([{ passphrase: PASS }]);
    expect(screen.getByTestId('recovery-key').textContent).toBe(core.state.recoveryKey);
    const cont = screen.getByTestId('wizard-continue') as HTMLButtonElement;
    expect(cont.disabled).toBe(true);
    fireEvent.click(screen.getByTestId('recovery-saved'));
    expect(cont.disabled).toBe(false);
    fireEvent.click(screen.getByTestId('recovery-print'));
    expect(window.print).toHaveBeenCalled();
    fireEvent.click(cont);
    expect(await screen.findByTestId('org-name')).toBeTruthy();
    expect(screen.queryByTestId('recovery-key')).toBeNull();
  });

  it('saves the organisation profile and opens the shell with its name', async () => {
    const core = await createVault();
    fireEvent.click(screen.getByTestId('recovery-saved'));
    fireEvent.click(screen.getByTestId('wizard-continue'));
    // The name is required.
    fireEvent.click(await screen.findByTestId('org-save'));
    expect(await screen.findByText('Vui lòng nhập mục này.')).toBeTruthy();
    expect(core.callsOf('org.update')).toHaveLength(0);

    const fill = (id: string, value: string) => fireEvent.change(screen.getByTestId(id), { target: { value } });
    fill('org-name', '  Công đoàn cơ sở Công ty TNHH Minh Đức ');
    fill('org-shortName', 'CĐCS Minh Đức');
    fill('org-place', 'Hà Nội');
    fill('org-upperLevelName', 'Công đoàn phường Bạch Mai');
    fill('org-term', '2025–2030');
    await act(async () => {
      fireEvent.click(screen.getByTestId('org-save'));
    });
    await waitFor(() => expect(core.callsOf('org.update')).toHaveLength(1));
    expect(core.callsOf('org.update')[0]).toMatchObject({
      name: 'Công đoàn cơ sở Công ty TNHH Minh Đức',
      shortName: 'CĐCS Minh Đức',
      place: 'Hà Nội',
      upperLevelName: 'Công đoàn phường Bạch Mai',
      upperLevelType: null,
      term: '2025–2030',
      email: '',
    });
    const title = await screen.findByTestId('org-title');
    expect(title.textContent).toBe('Công đoàn cơ sở Công ty TNHH Minh Đức');
    expect(screen.getByTestId('app-shell')).toBeTruthy();
  });

  it('resumes at the profile step when the vault is open but has no profile', async () => {
    renderApp(createFakeCore({ vault: 'unlocked', passphrase: PASS }).raw);
    expect(await screen.findByTestId('org-name')).toBeTruthy();
    const steps = document.querySelector('.ud-steps')!;
    expect(within(steps as HTMLElement).getByText('Thông tin công đoàn')).toBeTruthy();
  });
});
