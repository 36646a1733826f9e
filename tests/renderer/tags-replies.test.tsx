// @vitest-environment jsdom
/**
 * Tags in the member form (the register's tags offered, a new one typed), the register's tag filter, the audience
 * picker's tags, and the Bản tin page's "Nhập thư trả lời…" (picked files → audiences.importReplies → the result).
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createElement, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { AudiencePicker } from '../../src/renderer/bulletins/AudiencePicker';
import { BulletinsPage } from '../../src/renderer/bulletins/BulletinsPage';
import { EMPTY_AUDIENCE, type AudienceState } from '../../src/renderer/bulletins/audience';
import { PAGES } from '../../src/renderer/shell/pages';
import { EMPTY_PROFILE, createFakeCore, makeMember } from './fakeCore';
import { installFakeBulletins } from './fakeBulletins';
import { renderApp, renderWithProviders } from './setup';

function openCore() {
  const core = createFakeCore({
    vault: 'unlocked',
    passphrase: 'x'.repeat(8),
    profile: { ...EMPTY_PROFILE, name: 'CĐCS Dệt may' },
  });
  core.state.members = [
    makeMember({ id: 'an', fullName: 'Nguyễn Văn An', email: 'an@cd.vn', tags: ['Nữ công'] }),
    makeMember({ id: 'binh', fullName: 'Trần Thị Bình', email: 'binh@cd.vn', tags: ['CLB bóng đá'] }),
    makeMember({ id: 'cuong', fullName: 'Lê Văn Cường' }),
  ];
  return core;
}

async function openOptions(testId: string): Promise<HTMLElement> {
  fireEvent.mouseDown(within(screen.getByTestId(testId)).getByRole('combobox'));
  return waitFor(() => {
    const p = [...document.querySelectorAll('.ant-select-dropdown')].find(
      (d) => !d.classList.contains('ant-select-dropdown-hidden'),
    );
    if (!p) throw new Error('no popup');
    return p as HTMLElement;
  });
}

async function choose(testId: string, label: string) {
  const popup = await openOptions(testId);
  const option = await waitFor(() => {
    const o = [...popup.querySelectorAll('.ant-select-item-option-content')].find((x) => x.textContent === label);
    if (!o) throw new Error(`no option ${label}`);
    return o;
  });
  await act(async () => {
    fireEvent.click(option);
  });
}

// The whole app renders (shell, register): slower than one component on a busy machine.
describe('tags in the register', { timeout: 30_000 }, () => {
  it('the form offers the tags in use and sends the member’s new list', async () => {
    const core = openCore();
    window.history.replaceState(null, '', '#/members');
    renderApp(core.raw);
    const row = await screen.findByText('Nguyễn Văn An', { selector: '.ud-member-name' }, { timeout: 10_000 });
    await act(async () => {
      fireEvent.click(row);
    });
    await screen.findByTestId('member-page');
    const field = screen.getByTestId('member-tags').closest('.ant-form-item') as HTMLElement;
    expect(field.textContent).toContain('Nhãn');
    expect(field.textContent).toContain('Nữ công'); // the member's own tag, shown as chosen
    await choose('member-tags', 'CLB bóng đá');
    await act(async () => {
      fireEvent.click(screen.getByTestId('member-save'));
    });
    await waitFor(() =>
      expect(core.callsOf('members.update')).toEqual([{ id: 'an', tags: ['Nữ công', 'CLB bóng đá'] }]),
    );
  });

  it('filters the register by a tag', async () => {
    const core = openCore();
    window.history.replaceState(null, '', '#/members');
    renderApp(core.raw);
    await screen.findByText('Trần Thị Bình', { selector: '.ud-member-name' }, { timeout: 10_000 });
    await waitFor(() => expect(screen.getByTestId('filter-tag')).toBeTruthy());
    await choose('filter-tag', 'Nữ công');
    await waitFor(() => expect(screen.queryByText('Trần Thị Bình', { selector: '.ud-member-name' })).toBeNull());
    expect(screen.getByText('Nguyễn Văn An', { selector: '.ud-member-name' })).toBeTruthy();
    expect(core.callsOf('members.list').at(-1)).toMatchObject({ tag: 'Nữ công' });
  });

  it('the audience picker offers tags with their counts and counts the members carrying them', async () => {
    const core = openCore();
    installFakeBulletins(core);
    function Picker() {
      const [value, setValue] = useState<AudienceState>({ ...EMPTY_AUDIENCE, all: false });
      return createElement(AudiencePicker, { value, onChange: setValue });
    }
    renderWithProviders(createElement(Picker), core.raw, { pages: PAGES });
    await choose('audience-tags', 'Nữ công (1)');
    await waitFor(() => expect(core.callsOf('audiences.count')).toContainEqual({ audience: { tags: ['Nữ công'] } }));
    await waitFor(() => expect(screen.getByTestId('audience-count').textContent).toContain('1'));
  });
});

describe('Nhập thư trả lời…', () => {
  it('sends the picked files’ bytes, lists what was done and the messages not acted on, then the stopped addresses', async () => {
    const core = openCore();
    const bulletins = installFakeBulletins(core);
    core.handlers['audiences.importReplies'] = () => {
      bulletins.unsubscribed.add('an@cd.vn');
      return {
        unsubscribed: [{ email: 'an@cd.vn', via: 'token' as const }],
        bounced: [{ email: 'sai@cd.vn', status: '5.1.1' }],
        already: 2,
        unmatched: [
          {
            file: 'hop-thu.mbox',
            from: 'ads@khuyenmai.vn',
            subject: 'Khuyến mãi',
            reason: 'Không phải yêu cầu hủy đăng ký.',
          },
        ],
      };
    };
    renderWithProviders(createElement(BulletinsPage, {}), core.raw, { pages: PAGES });
    const list = await screen.findByTestId('suppressed-list');
    await within(list).findByText('Chưa có địa chỉ nào ngừng nhận.');
    const files = [
      new File(['From: an@cd.vn\nSubject: unsubscribe\n\n'], 'tra-loi.eml', { type: 'message/rfc822' }),
      new File(['From a@x\n'], 'hop-thu.mbox'),
    ];
    await act(async () => {
      fireEvent.change(screen.getByTestId('import-replies-input'), { target: { files } });
    });
    const summary = await screen.findByTestId('replies-summary');
    expect(summary.textContent).toBe(
      'Hủy đăng ký: 1 · Chặn vì địa chỉ không tồn tại: 1 · Đã ngừng từ trước: 2 · Không xử lý: 1',
    );
    expect(screen.getByTestId('replies-done').textContent).toContain('an@cd.vn (theo mã hủy đăng ký)');
    expect(screen.getByTestId('replies-unmatched').textContent).toContain('Không phải yêu cầu hủy đăng ký.');
    const [input] = core.callsOf('audiences.importReplies') as { files: { fileName: string; base64: string }[] }[];
    expect(input.files.map((f) => f.fileName)).toEqual(['tra-loi.eml', 'hop-thu.mbox']);
    expect(Buffer.from(input.files[0].base64, 'base64').toString()).toContain('Subject: unsubscribe');
    await within(list).findByText('an@cd.vn');
    expect(within(list).getByText('Đã hủy đăng ký')).toBeTruthy();
  });

  it('refuses more than 20 files before sending anything', async () => {
    const core = openCore();
    installFakeBulletins(core);
    renderWithProviders(createElement(BulletinsPage, {}), core.raw, { pages: PAGES });
    await screen.findByTestId('suppressed-list');
    const files = Array.from({ length: 21 }, (_, i) => new File(['x'], `${i}.eml`));
    await act(async () => {
      fireEvent.change(screen.getByTestId('import-replies-input'), { target: { files } });
    });
    expect((await screen.findByTestId('suppressed-error')).textContent).toContain('Mỗi lần nhập tối đa 20 tệp.');
    expect(core.callsOf('audiences.importReplies')).toEqual([]);
  });
});
