// @vitest-environment jsdom
/**
 * A recipient whose temporary failures used all their tries: counted among the failed and the done (not the
 * remaining) on the sending screen, with its own filter and label in the per-recipient report, in both languages.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createElement } from 'react';
import { expect, it } from 'vitest';
import { BulletinsPage } from '../../src/renderer/bulletins/BulletinsPage';
import { PAGES } from '../../src/renderer/shell/pages';
import { EMPTY_PROFILE, createFakeCore, makeMember } from './fakeCore';
import { installFakeBulletins } from './fakeBulletins';
import { polyfillEditorLayout } from './fakeDocs';
import { installFakeMail } from './fakeMail';
import { renderWithProviders } from './setup';

polyfillEditorLayout();

async function sendingWithOneGivenUp(lang: 'vi' | 'en') {
  const core = createFakeCore({
    vault: 'unlocked',
    passphrase: 'x'.repeat(8),
    profile: { ...EMPTY_PROFILE, name: 'CĐCS Dệt may' },
    members: [
      makeMember({ id: 'an', fullName: 'Nguyễn Văn An', email: 'an@cd.vn' }),
      makeMember({ id: 'binh', fullName: 'Trần Thị Bình', email: 'binh@cd.vn' }),
      makeMember({ id: 'cuong', fullName: 'Lê Văn Cường', email: 'cuong@cd.vn' }),
    ],
  });
  const bulletins = installFakeBulletins(core);
  installFakeMail(core);
  const b = bulletins.add({ title: 'Bản tin quý IV' });
  core.handlers['campaigns.create']!({ bulletinId: b.id, audience: { all: true } });
  const id = [...bulletins.campaigns.keys()][0];
  renderWithProviders(createElement(BulletinsPage, { sub: `c:${id}` }), core.raw, { pages: PAGES, lang });
  await screen.findByTestId('campaign-view');
  fireEvent.click(screen.getByTestId('campaign-send'));
  await screen.findByTestId('campaign-pause');
  act(() => void bulletins.step(id, 1, 'sent'));
  act(() => void bulletins.step(id, 1, 'gaveUp', '451 4.2.1 Mailbox busy, try later'));
  return { core, id };
}

it('counts a given-up recipient as failed and done, and filters the report by it', async () => {
  const { core, id } = await sendingWithOneGivenUp('vi');
  await waitFor(() => expect(screen.getByTestId('campaign-failed').textContent).toContain('1'));
  expect(screen.getByTestId('campaign-remaining').textContent).toContain('1');
  const progress = screen.getByTestId('campaign-progress');
  expect([progress.dataset.done, progress.dataset.total]).toEqual(['2', '3']);

  const filter = screen.getByTestId('report-filter-gaveUp');
  expect(filter.textContent).toBe('Đã thôi thử lại');
  expect(screen.getByTestId('report-filter-failedTemp').textContent).toBe('Lỗi tạm thời, chờ thử lại');
  fireEvent.click(filter);
  await waitFor(() =>
    expect(core.callsOf('campaigns.recipients').at(-1)).toEqual({ id, offset: 0, limit: 50, state: 'gaveUp' }),
  );
  const report = screen.getByTestId('recipient-report');
  const row = await within(report).findByTestId('recipient-binh@cd.vn');
  expect(within(row).getByText('Đã thôi thử lại')).toBeTruthy();
  expect(within(report).queryByText('an@cd.vn')).toBeNull();
});

it('says "Given up" in English', async () => {
  await sendingWithOneGivenUp('en');
  expect((await screen.findByTestId('report-filter-gaveUp')).textContent).toBe('Given up');
});
