// @vitest-environment jsdom
/**
 * Bản tin against the contract-checked fake core: the list with dd/mm/yyyy dates, a new bulletin in the documents
 * editor under its masthead, the email preview in a script-less sandboxed iframe at 375/800 px, the audience's live
 * count with the skipped and why, "Gửi thử", a sending created and followed by `campaign.progress`, the uncertain
 * resent only after a warning, the per-recipient report by state.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { BulletinsPage } from '../../src/renderer/bulletins/BulletinsPage';
import { formatCount } from '../../src/renderer/bulletins/numbers';
import { PAGES } from '../../src/renderer/shell/pages';
import { EMPTY_PROFILE, createFakeCore, makeMember } from './fakeCore';
import { installFakeBulletins } from './fakeBulletins';
import { polyfillEditorLayout } from './fakeDocs';
import { installFakeMail } from './fakeMail';
import { renderWithProviders } from './setup';

polyfillEditorLayout();

function setup() {
  const members = [
    makeMember({ id: 'an', fullName: 'Nguyễn Văn An', email: 'an@cd.vn', position: 'Chủ tịch' }),
    makeMember({ id: 'binh', fullName: 'Trần Thị Bình', email: 'binh@cd.vn' }),
    makeMember({ id: 'cuong', fullName: 'Lê Văn Cường' }),
    makeMember({ id: 'dung', fullName: 'Phạm Thị Dung', email: 'dung@cd.vn' }),
  ];
  const core = createFakeCore({
    vault: 'unlocked',
    passphrase: 'x'.repeat(8),
    profile: { ...EMPTY_PROFILE, name: 'CĐCS Dệt may' },
    members,
  });
  const bulletins = installFakeBulletins(core);
  bulletins.unsubscribed.add('dung@cd.vn');
  return { core, bulletins, mail: installFakeMail(core) };
}

const render = (core: ReturnType<typeof setup>['core'], sub?: string, lang: 'vi' | 'en' = 'vi') =>
  renderWithProviders(createElement(BulletinsPage, { sub }), core.raw, { pages: PAGES, lang });

describe('bulletins list and editor', () => {
  it('lists issues with dd/mm/yyyy dates and opens a new bulletin under its masthead', async () => {
    const { core, bulletins } = setup();
    bulletins.add({ title: 'Bản tin tháng 11', date: '2026-11-30' });
    render(core);
    const list = await screen.findByTestId('bulletins-list');
    await within(list).findByText('Bản tin tháng 11');
    expect(within(list).getByText('30/11/2026')).toBeTruthy();
    fireEvent.click(screen.getByTestId('bulletins-new'));
    const view = await screen.findByTestId('bulletin-view');
    expect(within(view).getByText('BẢN TIN CÔNG ĐOÀN')).toBeTruthy();
    expect(within(view).getByTestId('doc-body')).toBeTruthy();
    expect(core.callsOf('bulletins.create')).toEqual([{ title: 'Bản tin nội bộ' }]);
    const title = screen.getByTestId('bulletin-title');
    fireEvent.change(title, { target: { value: 'Bản tin tháng 12' } });
    await screen.findByText('Có thay đổi chưa lưu');
    fireEvent.click(screen.getByTestId('bulletin-save'));
    await waitFor(() => expect(core.callsOf('bulletins.update')).toHaveLength(1));
    const saved = core.callsOf('bulletins.update')[0] as { title: string; issueNumber: number; date: string };
    expect(saved).toMatchObject({ title: 'Bản tin tháng 12', issueNumber: 2 });
    expect(saved.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('saves by itself after a pause in typing, and when the page is left', async () => {
    const { core, bulletins } = setup();
    const b = bulletins.add({ title: 'Bản tin quý I' });
    const { unmount } = render(core, b.id);
    fireEvent.change(await screen.findByTestId('bulletin-title'), { target: { value: 'Bản tin quý II' } });
    await waitFor(() => expect(core.callsOf('bulletins.update')).toHaveLength(1), { timeout: 5000 });
    expect(bulletins.bulletins.get(b.id)?.title).toBe('Bản tin quý II');
    await waitFor(() => expect(screen.getByTestId('bulletin-save-status').textContent).toBe(''));
    fireEvent.change(screen.getByTestId('bulletin-title'), { target: { value: 'Bản tin quý III' } });
    unmount();
    await waitFor(() => expect(bulletins.bulletins.get(b.id)?.title).toBe('Bản tin quý III'));
  });

  it('previews the email as sent in a sandboxed iframe at phone and desktop width', async () => {
    const { core, bulletins } = setup();
    const b = bulletins.add({ title: 'Bản tin Tết' });
    render(core, b.id);
    fireEvent.click(await screen.findByTestId('bulletin-tab-preview'));
    const frame = await screen.findByTestId('preview-frame');
    // No permission at all: scripts in the email cannot run, the app is out of its reach.
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toContain('Bản tin Tết');
    expect(frame.getAttribute('data-width')).toBe('375');
    fireEvent.click(screen.getByTestId('preview-desktop'));
    await waitFor(() => expect(screen.getByTestId('preview-frame').getAttribute('data-width')).toBe('800'));
  });

  it('speaks English on the same page, dates still dd/mm/yyyy', async () => {
    const { core, bulletins } = setup();
    bulletins.add({ title: 'Issue', date: '2026-01-05' });
    render(core, undefined, 'en');
    await screen.findByText('05/01/2026');
    expect(screen.getByTestId('bulletins-new').textContent).toContain('New bulletin');
  });

  it('groups counts the Vietnamese way', () => {
    expect(formatCount(12345, 'vi')).toBe('12.345');
    expect(formatCount(12345, 'en')).toBe('12,345');
  });
});

describe('sending a bulletin', () => {
  it('counts the audience live, sends a test and creates a sending', async () => {
    const { core, bulletins, mail } = setup();
    mail.config = null;
    core.handlers['mail.test'] = (i) => ({ accepted: i.to, rejected: [], response: '250 OK' });
    const b = bulletins.add({ title: 'Bản tin quý IV' });
    render(core, b.id);
    fireEvent.click(await screen.findByTestId('bulletin-tab-send'));
    const count = await screen.findByTestId('audience-count');
    await waitFor(() => expect(count.textContent).toBe('Sẽ gửi: 2 người · bỏ qua: 1 không có email, 1 đã hủy đăng ký'));
    expect(core.callsOf('audiences.count').at(-1)).toEqual({ audience: { all: true } });

    // Only the BCH plus an outside address: counted again after the pause in picking.
    fireEvent.click(screen.getByTestId('audience-all'));
    fireEvent.click(screen.getByTestId('audience-bch'));
    fireEvent.change(screen.getByTestId('audience-external'), { target: { value: 'khach@ngoai.vn\nsai-dia-chi' } });
    await screen.findByText('Địa chỉ không hợp lệ: sai-dia-chi');
    await waitFor(() => expect(count.textContent).toBe('Sẽ gửi: 2 người · không ai bị bỏ qua'));
    expect(core.callsOf('audiences.count').at(-1)).toEqual({ audience: { bch: true, external: ['khach@ngoai.vn'] } });

    fireEvent.change(screen.getByTestId('send-test-to'), { target: { value: 'thu@cd.vn' } });
    fireEvent.click(screen.getByTestId('send-test'));
    await waitFor(() => expect(core.callsOf('mail.test')).toEqual([{ to: ['thu@cd.vn'], bulletinId: b.id }]));

    fireEvent.click(screen.getByTestId('campaign-create'));
    fireEvent.click(await screen.findByTestId('campaign-create-ok'));
    const view = await screen.findByTestId('campaign-view');
    expect(within(view).getByText('Bản tin số 1: Bản tin quý IV')).toBeTruthy();
    expect(core.callsOf('campaigns.create')).toEqual([
      { bulletinId: b.id, audience: { bch: true, external: ['khach@ngoai.vn'] } },
    ]);
  });

  it('says why a send job failed outright', async () => {
    const { core, bulletins } = setup();
    const b = bulletins.add({ title: 'Bản tin quý IV' });
    core.handlers['campaigns.create']!({ bulletinId: b.id, audience: { all: true } });
    bulletins.failSends({ code: 'VALIDATION', message: 'Chưa cài đặt email: vào Cài đặt → Email.' });
    render(core, `c:${[...bulletins.campaigns.keys()][0]}`);
    fireEvent.click(await screen.findByTestId('campaign-send'));
    expect((await screen.findByTestId('campaign-error')).textContent).toContain('Chưa cài đặt email');
  });

  it('follows a sending live, pauses it, resends the uncertain only after the warning, filters the report', async () => {
    const { core, bulletins } = setup();
    const b = bulletins.add({ title: 'Bản tin quý IV' });
    core.handlers['campaigns.create']!({ bulletinId: b.id, audience: { all: true, external: ['x@ngoai.vn'] } });
    const id = [...bulletins.campaigns.keys()][0];
    render(core, `c:${id}`);
    await screen.findByTestId('campaign-view');
    expect(screen.getByTestId('campaign-remaining').textContent).toContain('3');
    fireEvent.click(screen.getByTestId('campaign-send'));
    await screen.findByTestId('campaign-pause');
    act(() => void bulletins.step(id, 1, 'sent'));
    act(() => void bulletins.step(id, 1, 'uncertain', 'Ứng dụng bị tắt khi đang gửi'));
    await waitFor(() => expect(screen.getByTestId('campaign-sent').textContent).toContain('1'));
    expect(screen.getByTestId('campaign-remaining').textContent).toContain('1');
    expect(screen.getByTestId('campaign-rate').textContent).toBe('2,5 thư/giây');
    const uncertain = screen.getByTestId('campaign-uncertain');
    expect(uncertain.textContent).toContain('1 người chưa chắc đã nhận');

    fireEvent.click(screen.getByTestId('campaign-pause'));
    await screen.findByTestId('campaign-pause-reason');
    expect(screen.getByTestId('campaign-send').textContent).toContain('Gửi tiếp');

    fireEvent.click(within(uncertain).getByTestId('campaign-resend'));
    await screen.findByText(/nếu gửi lại, họ sẽ nhận hai bản/);
    expect(core.callsOf('campaigns.resendUncertain')).toEqual([]);
    fireEvent.click(screen.getByTestId('campaign-resend-ok'));
    await waitFor(() => expect(core.callsOf('campaigns.resendUncertain')).toEqual([{ id }]));
    await waitFor(() => expect(screen.queryByTestId('campaign-uncertain')).toBeNull());

    fireEvent.click(screen.getByTestId('report-filter-sent'));
    await waitFor(() =>
      expect(core.callsOf('campaigns.recipients').at(-1)).toEqual({ id, offset: 0, limit: 50, state: 'sent' }),
    );
    const report = screen.getByTestId('recipient-report');
    await within(report).findByText('an@cd.vn');
    expect(within(report).queryByText('x@ngoai.vn')).toBeNull();
  });
});
