// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import en from '../../src/renderer/i18n/en';
import { LANG_STORAGE_KEY } from '../../src/renderer/i18n';
import vi from '../../src/renderer/i18n/vi';
import { PAGES } from '../../src/renderer/shell/pages';
import { EMPTY_PROFILE, createFakeCore } from './fakeCore';
import { renderApp } from './setup';

function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('i18n', () => {
  it('has the same keys in Vietnamese and English, none empty except deliberate blanks', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
    const blanks = keys(vi).filter((k) => k.split('.').reduce<any>((o, p) => o[p], vi) === '');
    expect(blanks.sort()).toEqual(['backups.columns.actions', 'unlock.reason.user']);
  });

  it("has the same keys in both languages in every page's own texts, and a menu label for every page", () => {
    for (const page of PAGES) {
      if (page.messages) expect(keys(page.messages.en).sort(), page.key).toEqual(keys(page.messages.vi).sort());
      const all = { ...vi, ...page.messages?.vi };
      expect(
        page.label.split('.').reduce<any>((o, p) => o?.[p], all),
        page.key,
      ).toEqual(expect.any(String));
    }
  });

  it('switches the shell between Vietnamese and English and remembers the choice', async () => {
    const core = createFakeCore({
      vault: 'unlocked',
      passphrase: 'x'.repeat(8),
      profile: { ...EMPTY_PROFILE, name: 'CĐCS ABC' },
    });
    renderApp(core.raw);
    expect((await screen.findByTestId('nav-members')).textContent).toBe('Đoàn viên');
    expect(screen.getByTestId('lock-button').textContent).toContain('Khoá');
    await act(async () => {
      fireEvent.click(screen.getByTestId('lang-switch'));
    });
    await waitFor(() => expect(screen.getByTestId('nav-members').textContent).toBe('Members'));
    expect(screen.getByTestId('nav-settings').textContent).toBe('Settings');
    expect(screen.getByTestId('lock-button').textContent).toContain('Lock');
    expect(window.localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    await act(async () => {
      fireEvent.click(screen.getByTestId('lang-switch'));
    });
    await waitFor(() => expect(screen.getByTestId('nav-members').textContent).toBe('Đoàn viên'));
    expect(window.localStorage.getItem(LANG_STORAGE_KEY)).toBe('vi');
  });

  it('translates core errors in English too', async () => {
    const core = createFakeCore({ vault: 'locked', passphrase: 'đúng rồi 123' });
    renderApp(core.raw, { lang: 'en' });
    expect((await screen.findByTestId('unlock-submit')).textContent).toContain('Unlock');
    fireEvent.change(screen.getByTestId('unlock-passphrase'), { target: { value: 'sai' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('unlock-submit'));
    });
    expect((await screen.findByTestId('unlock-error')).textContent).toBe('Wrong passphrase. Please try again.');
  });

  it('shows the wizard in English with the language switch available before setup', async () => {
    renderApp(createFakeCore().raw);
    expect(await screen.findByText('Thiết lập lần đầu')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByTestId('lang-switch'));
    });
    expect(await screen.findByText('First-time setup')).toBeTruthy();
    expect(screen.getByTestId('wizard-create').textContent).toContain('Create the vault');
  });
});
