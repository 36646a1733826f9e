// @vitest-environment jsdom
// The shell's one pages list: labels, lazy pages, and a toy domain page added with one entry.
import { ExperimentOutlined } from '@ant-design/icons';
import { fireEvent, screen, within } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { AppStatus } from '../../src/renderer/app/App';
import { createI18n } from '../../src/renderer/i18n';
import { defineMessages } from '../../src/renderer/i18n/messages';
import { lazyPage, type PageEntry } from '../../src/renderer/shell/page';
import { PAGES } from '../../src/renderer/shell/pages';
import { Shell } from '../../src/renderer/shell/Shell';
import { EMPTY_PROFILE, createFakeCore } from './fakeCore';
import { toyMessages } from './fixtures/toy/i18n';
import { renderWithProviders } from './setup';

const STATUS: AppStatus = {
  state: 'unlocked',
  version: '0.1.0',
  schemaVersion: 1,
  keystoreAvailable: false,
  keystoreEnrolled: false,
  orgName: 'CĐCS Dệt may',
};

/** The toy domain: its folder (tests/renderer/fixtures/toy) plus this one entry. */
const toyEntry = (): PageEntry => ({
  key: 'toy',
  label: 'toy.nav',
  icon: <ExperimentOutlined />,
  component: lazyPage(() => import('./fixtures/toy/ToyPage'), 'ToyPage'),
  messages: toyMessages,
});

function renderShell(pages: readonly PageEntry[] = PAGES, lang: 'vi' | 'en' = 'vi') {
  const core = createFakeCore({
    vault: 'unlocked',
    passphrase: 'mật khẩu 12345',
    profile: { ...EMPTY_PROFILE, name: 'CĐCS Dệt may' },
  });
  const shell = createElement(Shell, {
    status: STATUS,
    orgName: 'CĐCS Dệt may',
    onLock: async () => {},
    onOrgChanged: () => {},
    onRestored: async () => {},
    pages,
  });
  return renderWithProviders(shell, core.raw, { pages, lang });
}

const navLabels = () => screen.getAllByTestId(/^nav-/).map((el) => [el.dataset.testid, el.textContent]);

describe('pages list', () => {
  it('puts every page in the menu, in order, with its label in both languages', async () => {
    renderShell();
    expect(navLabels()).toEqual([
      ['nav-overview', 'Tổng quan'],
      ['nav-members', 'Đoàn viên'],
      ['nav-documents', 'Văn bản'],
      ['nav-meetings', 'Cuộc họp'],
      ['nav-elections', 'Bầu cử'],
      ['nav-bulletins', 'Bản tin'],
      ['nav-dues', 'Đoàn phí'],
      ['nav-finance', 'Tài chính'],
      ['nav-welfare', 'Phúc lợi'],
      ['nav-sync', 'Đồng bộ'],
      ['nav-settings', 'Cài đặt'],
    ]);
    await screen.findByTestId('overview-profile');
  });

  it('labels the menu in English from the same list', async () => {
    renderShell(PAGES, 'en');
    expect(navLabels().map(([, label]) => label)).toEqual([
      'Overview',
      'Members',
      'Documents',
      'Meetings',
      'Elections',
      'Bulletins',
      'Union dues',
      'Finance',
      'Welfare',
      'Sync',
      'Settings',
    ]);
    await screen.findByTestId('overview-profile');
  });

  it('loads a page on first visit, with a Vietnamese loading state until it arrives', async () => {
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    // The settings entry, with its chunk held back until the test lets it arrive.
    const settings: PageEntry = {
      key: 'settings',
      label: 'nav.settings',
      icon: <ExperimentOutlined />,
      component: lazyPage(
        async () => (await arrived, import('../../src/renderer/settings/SettingsPage')),
        'SettingsPage',
      ),
    };
    renderShell([...PAGES.filter((p) => p.key !== 'settings'), settings]);
    await screen.findByTestId('overview-profile');
    fireEvent.click(screen.getByTestId('nav-settings'));
    const page = await screen.findByTestId('page-settings');
    expect(within(page).getByTestId('page-loading').textContent).toBe('Đang tải trang…');
    arrive();
    expect(await screen.findByTestId('settings-tab-org')).toBeTruthy();
    expect(screen.queryByTestId('page-loading')).toBeNull();
    expect(window.location.hash).toBe('#/settings');
  });

  it('shows the honest "coming" page for a roadmap area', async () => {
    const sync = PAGES.find((p) => p.key === 'sync')!;
    renderShell(PAGES.map((p) => (p === sync ? { key: 'sync', label: 'nav.sync', icon: sync.icon, coming: true } : p)));
    fireEvent.click(screen.getByTestId('nav-sync'));
    const page = await screen.findByTestId('page-sync');
    expect(within(page).getByTestId('coming-soon').textContent).toContain('Đồng bộ — Phần này đang được xây dựng');
  });

  it('opens Đồng bộ from the menu', async () => {
    renderShell();
    fireEvent.click(screen.getByTestId('nav-sync'));
    const page = await screen.findByTestId('page-sync');
    expect(await within(page).findByTestId('sync-page')).toBeTruthy();
  });

  it('adds a toy domain page with one entry: menu label, lazy page, its texts and its own sub-route', async () => {
    renderShell([...PAGES, toyEntry()]);
    expect(screen.getByTestId('nav-toy').textContent).toBe('Đồ chơi');
    fireEvent.click(screen.getByTestId('nav-toy'));
    const page = await screen.findByTestId('toy-page');
    expect(within(page).getByText('Trang đồ chơi')).toBeTruthy();
    expect(screen.getByTestId('page-toy')).toBeTruthy();
    expect(window.location.hash).toBe('#/toy');
    fireEvent.click(screen.getByTestId('toy-open-sub'));
    expect(screen.getByTestId('toy-sub').textContent).toBe('chi-tiet');
    expect(window.location.hash).toBe('#/toy/chi-tiet');
  });

  it('opens the page named in the address, and the first page for an unknown one', async () => {
    window.history.replaceState(null, '', '#/toy/chi-tiet');
    const { unmount } = renderShell([...PAGES, toyEntry()]);
    expect((await screen.findByTestId('toy-sub')).textContent).toBe('chi-tiet');
    unmount();
    window.history.replaceState(null, '', '#/khong-co-trang-nay');
    renderShell();
    expect(screen.getByTestId('page-overview')).toBeTruthy();
  });

  it('offers a reload when a page cannot be loaded, and the other pages still open', async () => {
    const broken: PageEntry = {
      key: 'toy',
      label: 'toy.nav',
      icon: <ExperimentOutlined />,
      component: lazyPage(() => Promise.reject(new Error('chunk missing')), 'ToyPage'),
      messages: toyMessages,
    };
    renderShell([...PAGES, broken]);
    fireEvent.click(screen.getByTestId('nav-toy'));
    expect((await screen.findByTestId('page-failed')).textContent).toContain('Không mở được trang này');
    fireEvent.click(screen.getByTestId('nav-overview'));
    expect(await screen.findByTestId('overview-profile')).toBeTruthy();
  });

  it('refuses two pages claiming the same top-level translation key', () => {
    const clash = { ...toyEntry(), messages: defineMessages({ members: { title: 'X' } }, { members: { title: 'X' } }) };
    expect(() => createI18n('vi', [...PAGES, clash])).toThrow(/members/);
  });
});
