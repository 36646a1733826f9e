// @vitest-environment jsdom
/**
 * Cài đặt → Email against the contract-checked fake core: a preset fills the server, the password goes in and never
 * comes back ("Đã lưu mật khẩu"; an empty field keeps it), "Kiểm tra kết nối" shows the core's sentence, "Gửi thử".
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { EmailTab } from '../../src/renderer/settings/EmailTab';
import { PAGES } from '../../src/renderer/shell/pages';
import { EMPTY_PROFILE, createFakeCore } from './fakeCore';
import { installFakeMail } from './fakeMail';
import { renderWithProviders } from './setup';

function setup() {
  const core = createFakeCore({ vault: 'unlocked', passphrase: 'x'.repeat(8), profile: EMPTY_PROFILE });
  return { core, mail: installFakeMail(core) };
}

const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

async function pickOption(testId: string, label: string) {
  fireEvent.mouseDown(screen.getByTestId(testId).querySelector('.ant-select-selector') ?? screen.getByTestId(testId));
  const options = await screen.findAllByText(label, { selector: '.ant-select-item-option-content' });
  fireEvent.click(options[0]);
}

describe('email settings', () => {
  it('fills the server from a preset, keeps the password out of sight, and keeps it when left empty', async () => {
    const { core, mail } = setup();
    renderWithProviders(createElement(EmailTab), core.raw, { pages: PAGES });
    await waitFor(() => expect((screen.getByTestId('smtp-port') as HTMLInputElement).value).toBe('465'));
    await pickOption('smtp-preset', 'Microsoft 365');
    await waitFor(() => expect((screen.getByTestId('smtp-host') as HTMLInputElement).value).toBe('smtp.office365.com'));
    expect((screen.getByTestId('smtp-port') as HTMLInputElement).value).toBe('587');
    type('smtp-user', 'congdoan@congty.vn');
    type('smtp-password', 'mat-khau-bi-mat');
    type('smtp-from', 'congdoan@congty.vn');
    type('smtp-from-name', 'Công đoàn cơ sở Công ty Dệt');
    fireEvent.click(screen.getByTestId('smtp-save'));
    await screen.findByTestId('smtp-password-saved');
    expect(screen.getByTestId('smtp-password-saved').textContent).toContain('Đã lưu mật khẩu');
    expect(mail.password).toBe('mat-khau-bi-mat');
    expect((screen.getByTestId('smtp-password') as HTMLInputElement).value).toBe('');
    expect(document.body.innerHTML).not.toContain('mat-khau-bi-mat');
    expect(core.callsOf('mail.setConfig')[0]).toMatchObject({
      preset: 'microsoft365',
      host: 'smtp.office365.com',
      port: 587,
      security: 'starttls',
      retryDelays: [60, 300, 1800, 7200],
      dailyQuota: 2000,
      unsubscribeUrl: null,
    });

    // Saved again with the field empty: the stored password is kept (no `password` sent).
    type('smtp-quota', '500');
    fireEvent.click(screen.getByTestId('smtp-save'));
    await waitFor(() => expect(core.callsOf('mail.setConfig')).toHaveLength(2));
    expect(core.callsOf('mail.setConfig')[1]).not.toHaveProperty('password');
    expect(core.callsOf('mail.setConfig')[1]).toMatchObject({ dailyQuota: 500 });
    expect(mail.password).toBe('mat-khau-bi-mat');
  });

  it('shows the core’s own sentence for "Kiểm tra kết nối" and sends a test', async () => {
    const { core, mail } = setup();
    mail.config = {
      preset: 'generic',
      host: 'mail.congdoan.vn',
      port: 587,
      security: 'starttls',
      user: 'cd',
      from: 'cd@congdoan.vn',
      fromName: null,
      replyTo: null,
      maxConnections: 2,
      messagesPerConnection: 100,
      ratePerSecond: 2,
      dailyQuota: 2000,
      retryDelays: [60],
      unsubscribeUrl: null,
    };
    mail.verifyAnswer = { ok: false, message: 'Máy chủ từ chối đăng nhập: kiểm tra tên đăng nhập và mật khẩu.' };
    renderWithProviders(createElement(EmailTab), core.raw, { pages: PAGES });
    await waitFor(() => expect((screen.getByTestId('smtp-host') as HTMLInputElement).value).toBe('mail.congdoan.vn'));
    expect(screen.queryByTestId('smtp-password-saved')).toBeNull();
    fireEvent.click(screen.getByTestId('smtp-verify'));
    expect((await screen.findByTestId('smtp-result')).textContent).toContain('Máy chủ từ chối đăng nhập');
    type('smtp-test-to', 'toi@congdoan.vn');
    fireEvent.click(screen.getByTestId('smtp-test'));
    await waitFor(() => expect(mail.tests).toEqual([{ to: ['toi@congdoan.vn'] }]));
    expect((await screen.findByTestId('smtp-result')).textContent).toContain('Đã gửi thử tới: toi@congdoan.vn');
  });
});
