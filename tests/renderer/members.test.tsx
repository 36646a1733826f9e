// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IMPORT_TARGETS as CORE_TARGETS } from '../../src/core/members/import/fields';
import { IMPORT_TARGETS } from '../../src/renderer/members/fields';
import { EMPTY_PROFILE, createFakeCore, makeMember } from './fakeCore';
import { Providers } from '../../src/renderer/app/Providers';
import { createI18n } from '../../src/renderer/i18n';
import { useMemberList } from '../../src/renderer/members/useMemberList';
import { renderApp, renderWithProviders } from './setup';

const openCore = () => {
  const core = createFakeCore({
    vault: 'unlocked',
    passphrase: 'x'.repeat(8),
    profile: { ...EMPTY_PROFILE, name: 'CĐCS Dệt may' },
  });
  core.state.units = [{ id: 'u-1', name: 'Tổ May 1', parentId: null, memberCount: 0 }];
  core.state.members = [
    makeMember({
      id: 'an',
      fullName: 'Nguyễn Văn An',
      gender: 'male',
      dateOfBirth: '1990-02-05',
      unit: 'Tổ May 1',
      unitId: 'u-1',
      phone: '0912345678',
    }),
    makeMember({ id: 'duc', fullName: 'Trần Minh Đức', gender: 'male', dateOfBirth: '1985-11-20' }),
    makeMember({ id: 'binh', fullName: 'Lê Thị Bình', gender: 'female', status: 'retired' }),
  ];
  core.state.history.set('an', [
    {
      id: 'e1',
      event: 'admitted',
      fromStatus: null,
      toStatus: 'active',
      date: '2015-03-08',
      reason: 'Kết nạp đợt 8/3',
      ref: '12/QĐ-CĐCS',
    },
  ]);
  return core;
};

async function openRegister(core = openCore()) {
  window.history.replaceState(null, '', '#/members');
  renderApp(core.raw);
  await screen.findByTestId('members-page');
  await waitFor(() => expect(screen.getAllByTestId('member-row')).toHaveLength(core.state.members.length));
  return core;
}

const rowNames = () => screen.getAllByTestId('member-row').map((r) => r.querySelector('.ud-member-name')?.textContent);

describe('member register', () => {
  it('lists members in register order with dd/mm/yyyy dates, a count and status tags', async () => {
    await openRegister();
    expect(rowNames()).toEqual(['Nguyễn Văn An', 'Lê Thị Bình', 'Trần Minh Đức']);
    expect(screen.getByTestId('members-count').textContent).toBe('Có 3 đoàn viên');
    const first = screen.getAllByTestId('member-row')[0];
    expect(within(first).getByText('05/02/1990')).toBeTruthy();
    expect(within(first).getByText('Đang sinh hoạt')).toBeTruthy();
    expect(within(first).getByText('Tổ May 1')).toBeTruthy();
    expect(within(screen.getAllByTestId('member-row')[1]).getByText('Nghỉ hưu')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByTestId('members-search'));
  });

  it('debounces the search box and sends the raw text to members.list', async () => {
    const core = await openRegister();
    const before = core.callsOf('members.list').length;
    const box = screen.getByTestId('members-search');
    for (const value of ['n', 'ng', 'nguy', 'nguyen van']) fireEvent.change(box, { target: { value } });
    await waitFor(() => expect(rowNames()).toEqual(['Nguyễn Văn An']));
    const queries = core.callsOf('members.list').slice(before) as { query?: string; offset: number; limit: number }[];
    expect(queries.map((q) => q.query)).toEqual(['nguyen van']);
    expect(queries[0]).toMatchObject({ offset: 0, limit: 200 });
    expect(screen.getByTestId('members-count').textContent).toBe('Tìm thấy 1 đoàn viên');

    fireEvent.change(box, { target: { value: 'duc' } });
    await waitFor(() => expect(rowNames()).toEqual(['Trần Minh Đức']));
    expect((core.callsOf('members.list').at(-1) as { query: string }).query).toBe('duc');
  });

  it('filters by status and gender', async () => {
    const core = await openRegister();
    fireEvent.mouseDown(within(screen.getByTestId('filter-gender')).getByRole('combobox'));
    fireEvent.click(await screen.findByText('Nữ', { selector: '.ant-select-item-option-content' }));
    await waitFor(() => expect(rowNames()).toEqual(['Lê Thị Bình']));
    expect(core.callsOf('members.list').at(-1)).toMatchObject({ gender: 'female' });
  });

  it('speaks English too', async () => {
    window.history.replaceState(null, '', '#/members');
    renderApp(openCore().raw, { lang: 'en' });
    await waitFor(() => expect(screen.getAllByTestId('member-row')).toHaveLength(3));
    expect(screen.getByTestId('members-count').textContent).toBe('3 members');
    expect(screen.getByTestId('member-add').textContent).toContain('Add member');
    expect(screen.getByText('Full name')).toBeTruthy();
    expect(within(screen.getAllByTestId('member-row')[1]).getByText('Retired')).toBeTruthy();
    expect((screen.getByTestId('members-search') as HTMLInputElement).placeholder).toBe(
      'Search by name, phone, ID number, card number, email…',
    );
  });

  it('keeps the import targets equal to the core', () => {
    expect([...IMPORT_TARGETS].sort()).toEqual([...CORE_TARGETS].sort());
  });
});

describe('register paging', () => {
  it('loads the page holding a row once, fills the store, and drops answers for an older search', async () => {
    const core = createFakeCore({ vault: 'unlocked', passphrase: 'x'.repeat(8) });
    core.state.members = Array.from({ length: 450 }, (_, i) =>
      makeMember({ id: `m${i}`, fullName: `Nguyễn Văn A${String(i).padStart(3, '0')}` }),
    );
    let list!: ReturnType<typeof useMemberList>;
    function Probe({ query }: { query?: string }) {
      list = useMemberList(query ? { query } : {});
      return null;
    }
    const { rerender } = renderWithProviders(<Probe />, core.raw);
    await waitFor(() => expect(list.total).toBe(450));
    expect(list.rows).toHaveLength(450);
    expect(list.store.get(199)?.id).toBe('m199');
    expect(list.store.get(200)).toBeUndefined();

    act(() => list.ensure(250));
    act(() => list.ensure(399));
    await waitFor(() => expect(list.store.get(399)?.id).toBe('m399'));
    expect(core.callsOf('members.list').slice(1)).toEqual([{ offset: 200, limit: 200 }]);

    // A page still on its way when the search changes lands in the old store, never in the new list.
    let release!: () => void;
    const slow = core.handlers['members.list']!;
    core.handlers['members.list'] = async (input) => {
      if (input.offset === 400) await new Promise<void>((r) => (release = r));
      return slow(input);
    };
    const old = list.store;
    act(() => list.ensure(420));
    rerender(
      <Providers transport={{ api: core.raw }} i18n={createI18n('vi')}>
        <Probe query="a449" />
      </Providers>,
    );
    await waitFor(() => expect(list.total).toBe(1));
    await act(async () => release());
    expect(list.store).not.toBe(old);
    expect(list.store.get(0)?.id).toBe('m449');
    expect(list.store.get(20)).toBeUndefined();
  });
});
