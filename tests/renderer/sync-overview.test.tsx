// @vitest-environment jsdom
/**
 * The Đồng bộ card on Tổng quan (not connected → the way to the tab; registered → the last sync, the pending count,
 * a warning past 7 days), the menu's Đồng bộ entry as a page (SyncPage), and the tab in English.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyPage, type PageEntry } from '../../src/renderer/shell/page';
import { PAGES } from '../../src/renderer/shell/pages';
import { Shell } from '../../src/renderer/shell/Shell';
import { EMPTY_PROFILE, createFakeCore } from './fakeCore';
import { fakeSyncState, registeredSync } from './fakeSync';
import { renderApp, renderWithProviders } from './setup';

const DATE_TIME = /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/;

function openCore(sync = fakeSyncState()) {
  return createFakeCore({
    vault: 'unlocked',
    passphrase: 'x'.repeat(8),
    profile: { ...EMPTY_PROFILE, name: 'Công đoàn cơ sở Công ty TNHH May Hà Đông' },
    sync,
  });
}

const click = async (el: Element) => {
  await act(async () => {
    fireEvent.click(el);
  });
};

describe('the Đồng bộ card on Tổng quan', () => {
  it('not connected: says so and leads to the tab', async () => {
    window.history.replaceState(null, '', '#/overview');
    renderApp(openCore().raw);
    const card = await screen.findByTestId('overview-sync', {}, { timeout: 15_000 });
    await waitFor(() =>
      expect(within(card).getByTestId('overview-sync-off').textContent).toBe('Chưa kết nối máy chủ công đoàn cấp trên'),
    );
    await click(within(card).getByRole('button', { name: 'Cài đặt đồng bộ' }));
    await waitFor(() => expect(window.location.hash).toBe('#/settings/sync'));
    expect(await screen.findByTestId('sync-register-form')).toBeTruthy();
  });

  it('registered: the last sync and the pending count; a warning after more than 7 days', async () => {
    const nineDaysAgo = new Date(Date.now() - 9 * 86_400_000 - 60_000).toISOString();
    window.history.replaceState(null, '', '#/overview');
    renderApp(openCore(registeredSync({ lastSyncAt: nineDaysAgo, pending: 12 })).raw);
    const card = await screen.findByTestId('overview-sync', {}, { timeout: 15_000 });
    await waitFor(() => expect(within(card).getByTestId('overview-sync-last').textContent).toMatch(DATE_TIME));
    expect(within(card).getByTestId('overview-sync-pending').textContent).toBe('Thay đổi chờ gửi: 12');
    expect(within(card).getByTestId('overview-sync-warning').textContent).toContain('Đã 9 ngày chưa đồng bộ');
  });

  it('a recent sync: no warning', async () => {
    window.history.replaceState(null, '', '#/overview');
    renderApp(openCore(registeredSync({ lastSyncAt: new Date().toISOString(), pending: 0 })).raw);
    const card = await screen.findByTestId('overview-sync', {}, { timeout: 15_000 });
    await waitFor(() =>
      expect(within(card).getByTestId('overview-sync-pending').textContent).toBe('Thay đổi chờ gửi: 0'),
    );
    expect(within(card).queryByTestId('overview-sync-warning')).toBeNull();
  });
});

describe('the menu entry and English', () => {
  it('the Đồng bộ menu entry can be the same content as a page of its own', async () => {
    const pages: PageEntry[] = PAGES.map((p) =>
      p.key === 'sync'
        ? {
            key: p.key,
            label: p.label,
            icon: p.icon,
            component: lazyPage(() => import('../../src/renderer/sync/SyncPage'), 'SyncPage'),
          }
        : p,
    );
    window.history.replaceState(null, '', '#/sync');
    const core = openCore(registeredSync());
    const shell = createElement(Shell, {
      status: {
        state: 'unlocked',
        version: '0.1.0',
        schemaVersion: 1,
        keystoreAvailable: false,
        keystoreEnrolled: false,
        orgName: 'CĐCS',
      },
      orgName: 'CĐCS',
      onLock: async () => {},
      onOrgChanged: () => {},
      onRestored: async () => {},
      pages,
    });
    renderWithProviders(shell, core.raw, { pages });
    const page = await screen.findByTestId('sync-page', {}, { timeout: 15_000 });
    await waitFor(() => expect(within(page).getByTestId('sync-pending').textContent).toBe('4'));
    expect(
      within(page)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Đồng bộ']);
  });

  it('the tab and its first-sync choice read in English', async () => {
    const core = openCore();
    Object.assign(core.state.sync.server, { hasData: true, localHasData: true });
    window.history.replaceState(null, '', '#/settings/sync');
    renderApp(core.raw, { lang: 'en' });
    await screen.findByTestId('sync-register-form', {}, { timeout: 15_000 });
    expect(screen.getByTestId('settings-tab-sync').textContent).toBe('Sync');
    fireEvent.change(screen.getByTestId('sync-server'), { target: { value: 'https://dongbo.ldld-hanoi.vn' } });
    fireEvent.change(screen.getByTestId('sync-code'), { target: { value: 'ABCDE-23456' } });
    await click(screen.getByRole('button', { name: /Register this PC/ }));
    expect((await screen.findByTestId('sync-choice')).textContent).toContain('Nothing is deleted on the other side.');
    expect(screen.getByTestId('sync-choice-download').textContent).toContain("Take the server's data");
  });
});
