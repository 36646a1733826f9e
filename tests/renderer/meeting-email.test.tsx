// @vitest-environment jsdom
/**
 * "Gửi giấy mời qua email" in a meeting's papers, against the contract-checked fake core: without an account it
 * says so and points to Settings → Email; with one, campaigns.create {meetingId} says to how many and who is skipped
 * and why, and the Bản tin page's sending screen starts it and follows it; a sending already made for the meeting is
 * shown instead of making another, and a new one is made only when asked.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../src/shared/campaigns-contract';
import { DEFAULT_SMTP } from '../../src/renderer/bulletins/smtpPresets';
import { MeetingsPage } from '../../src/renderer/meetings/MeetingsPage';
import { PAGES } from '../../src/renderer/shell/pages';
import { installFakeBulletins } from './fakeBulletins';
import { EMPTY_PROFILE, createFakeCore, makeMember } from './fakeCore';
import { installFakeDocs, polyfillEditorLayout } from './fakeDocs';
import { installFakeMail } from './fakeMail';
import { installFakeMeetings } from './fakeMeetings';
import { renderWithProviders } from './setup';

polyfillEditorLayout();

const ACCOUNT = { ...DEFAULT_SMTP, host: 'mail.congdoan.vn', from: 'cd@congdoan.vn' };

function setup() {
  const members = [
    makeMember({ id: 'an', fullName: 'Nguyễn Văn An', email: 'an@cd.vn', position: 'Chủ tịch' }),
    makeMember({ id: 'binh', fullName: 'Trần Thị Bình', email: 'binh@cd.vn', position: 'Phó Chủ tịch' }),
    makeMember({ id: 'cuong', fullName: 'Lê Văn Cường', position: 'Ủy viên' }),
  ];
  const core = createFakeCore({
    vault: 'unlocked',
    passphrase: 'x'.repeat(8),
    profile: { ...EMPTY_PROFILE, name: 'CĐCS Dệt may' },
    members,
  });
  const meetings = installFakeMeetings(core, installFakeDocs(core));
  const bulletins = installFakeBulletins(core);
  const mail = installFakeMail(core);
  // The fake's campaigns know bulletins only: a meeting's invitations to its members with an email, here.
  const byBulletin = core.handlers['campaigns.create']!;
  core.handlers['campaigns.create'] = (i) => {
    if (!i.meetingId) return byBulletin(i);
    // The fake answers at once, not with a promise.
    type Made = Exclude<ReturnType<typeof byBulletin>, Promise<unknown>>;
    const made = byBulletin({ bulletinId: bulletins.add({ title: 'x' }).id, audience: { bch: true } }) as Made;
    const c = bulletins.campaigns.get(made.id)!;
    c.campaign = { ...c.campaign, kind: 'invitation', sourceId: i.meetingId, subject: 'Giấy mời: Họp BCH tháng 12' };
    return made;
  };
  const m = meetings.add({ title: 'Họp BCH tháng 12' });
  return { core, bulletins, mail, meetingId: m.id };
}

const openPapers = async (core: ReturnType<typeof setup>['core'], meetingId: string) => {
  renderWithProviders(createElement(MeetingsPage, { sub: meetingId }), core.raw, { pages: PAGES });
  fireEvent.click(await screen.findByTestId('meeting-tab-papers'));
  return screen.findByTestId('meeting-email-card');
};

describe('meeting invitations by email', () => {
  it('says the account is missing and links to Settings → Email; nothing is made', async () => {
    const { core, meetingId } = setup();
    const card = await openPapers(core, meetingId);
    const warning = await within(card).findByTestId('meeting-email-no-account');
    expect(warning.textContent).toContain('Chưa cài đặt tài khoản email');
    expect(within(warning).getByTestId('meeting-email-settings').getAttribute('href')).toBe('#/settings/email');
    expect((within(card).getByTestId('meeting-email-create') as HTMLButtonElement).disabled).toBe(true);
    expect(core.callsOf('campaigns.create')).toEqual([]);
  });

  it('makes the sending, says who receives it and who is skipped, then sends it on the sending screen', async () => {
    const { core, bulletins, mail, meetingId } = setup();
    mail.config = ACCOUNT;
    const card = await openPapers(core, meetingId);
    await act(async () => {
      fireEvent.click(await within(card).findByTestId('meeting-email-create'));
    });
    expect(core.callsOf('campaigns.create')).toEqual([{ meetingId }]);
    const count = await screen.findByTestId('meeting-email-count');
    expect(count.textContent).toContain('Người nhận giấy mời: 2 đồng chí · bỏ qua: 1 không có email');
    expect(count.textContent).toContain('bỏ qua: 1 không có email');
    const view = screen.getByTestId('campaign-view');
    expect(within(view).getByText('Giấy mời: Họp BCH tháng 12')).toBeTruthy();
    expect(screen.getByTestId('campaign-back').textContent).toContain('Biên bản & tài liệu');

    fireEvent.click(screen.getByTestId('campaign-send'));
    await screen.findByTestId('campaign-pause');
    const id = [...bulletins.campaigns.keys()][0];
    expect(core.callsOf('campaigns.send')).toEqual([{ id }]);
    act(() => void bulletins.step(id, 2, 'sent'));
    await waitFor(() => expect(screen.getByTestId('campaign-sent').textContent).toContain('2'));

    // Back in the papers: the sending made is shown, not a second one offered.
    fireEvent.click(screen.getByTestId('campaign-back'));
    const again = await screen.findByTestId('meeting-email-card');
    expect((await within(again).findByTestId('meeting-email-status')).textContent).toContain('Đã gửi 2/2');
    expect(within(again).queryByTestId('meeting-email-create')).toBeNull();
    fireEvent.click(within(again).getByTestId('meeting-email-open'));
    await screen.findByTestId('campaign-view');
    expect(screen.queryByTestId('meeting-email-count')).toBeNull();
    expect(core.callsOf('campaigns.create')).toHaveLength(1);
  });

  it('leaves other meetings’ and bulletins’ sendings alone', async () => {
    const { core, bulletins, mail, meetingId } = setup();
    mail.config = ACCOUNT;
    core.handlers['campaigns.create']!({ meetingId: 'other-meeting' });
    core.handlers['campaigns.create']!({ bulletinId: bulletins.add({ title: 'Bản tin' }).id });
    const card = await openPapers(core, meetingId);
    expect((await within(card).findByTestId('meeting-email-create')).hasAttribute('disabled')).toBe(false);
    expect(within(card).queryByTestId('meeting-email-status')).toBeNull();
  });

  it('opens the sending already made for this meeting; a new one only after it finished, and asked', async () => {
    const { core, bulletins, mail, meetingId } = setup();
    mail.config = ACCOUNT;
    const made = core.handlers['campaigns.create']!({ meetingId }) as { id: string };
    // The invitation goes to the BCH's two members with an email (the third has none).
    const c = bulletins.campaigns.get(made.id)!;
    for (const r of c.rows) if (r.state === 'queued') r.state = 'sent';
    const counts = { ...c.campaign.counts, sent: 2, queued: 0, remaining: 0 };
    c.campaign = { ...c.campaign, state: 'finished', counts } satisfies Campaign;
    const card = await openPapers(core, meetingId);
    const status = await within(card).findByTestId('meeting-email-status');
    expect(status.textContent).toContain('Đã xong');
    expect(status.textContent).toContain('Đã gửi 2/2');
    expect(within(card).queryByTestId('meeting-email-create')).toBeNull();

    fireEvent.click(within(card).getByTestId('meeting-email-again'));
    await screen.findByText(/sẽ nhận thêm một thư nữa/);
    expect(core.callsOf('campaigns.create')).toEqual([]);
    await act(async () => {
      fireEvent.click(screen.getByTestId('meeting-email-again-ok'));
    });
    await screen.findByTestId('meeting-email-count');
    expect(core.callsOf('campaigns.create')).toEqual([{ meetingId }]);
    expect(bulletins.campaigns.size).toBe(2);
  });
});
