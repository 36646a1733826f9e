// @vitest-environment jsdom
/**
 * Cài đặt → Đồng bộ against the contract-checked fake core: registering this PC (and the first-sync choice when
 * both sides hold data), the registered status with "Đồng bộ ngay", the automatic interval, the conflicts (a number
 * clash renumbered) and "Ngừng đồng bộ", and the sync errors in Vietnamese.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/shared/errors';
import type { SyncConflict } from '../../src/shared/sync-contract';
import { EMPTY_PROFILE, createFakeCore } from './fakeCore';
import { FAKE_SERVER, fakeSyncState, registeredSync } from './fakeSync';
import { renderApp } from './setup';

const ORG = 'Công đoàn cơ sở Công ty TNHH May Hà Đông';
const SERVER = FAKE_SERVER;

const DATE_TIME = /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/;

function openCore(sync = fakeSyncState()) {
  return createFakeCore({
    vault: 'unlocked',
    passphrase: 'x'.repeat(8),
    profile: { ...EMPTY_PROFILE, name: ORG },
    sync,
  });
}

const click = async (el: Element) => {
  await act(async () => {
    fireEvent.click(el);
  });
};
const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

async function openTab(core: ReturnType<typeof openCore>) {
  window.history.replaceState(null, '', '#/settings/sync');
  renderApp(core.raw);
  return screen.findByTestId('sync-tab', {}, { timeout: 15_000 });
}

async function fillAndRegister(code = 'ABCDE-23456') {
  await screen.findByTestId('sync-register-form');
  type('sync-server', `  ${SERVER}  `);
  type('sync-code', code);
  type('sync-device-name', 'Máy văn phòng');
  await click(screen.getByTestId('sync-register'));
}

describe('Cài đặt → Đồng bộ, not registered', () => {
  it('asks for the server (an example, never a default), the code and a name, and registers this PC', async () => {
    const core = openCore();
    core.state.sync.server.result = { pushed: 0, pulled: 3, conflicts: 0 };
    await openTab(core);
    const server = (await screen.findByTestId('sync-server')) as HTMLInputElement;
    expect(server.value).toBe('');
    expect(server.placeholder).toBe('https://dongbo.congdoan.vn');
    expect(screen.getByText('Mã đăng ký')).toBeTruthy();
    expect(screen.getByTestId('settings-tab-sync').textContent).toBe('Đồng bộ');

    // Nothing typed: the required fields say so and nothing is sent.
    await click(screen.getByTestId('sync-register'));
    expect((await screen.findAllByText('Vui lòng nhập mục này.')).length).toBe(2);
    expect(core.callsOf('sync.register')).toEqual([]);

    await fillAndRegister();
    await waitFor(() =>
      expect(core.callsOf('sync.register')).toEqual([
        { server: SERVER, code: 'ABCDE-23456', deviceName: 'Máy văn phòng' },
      ]),
    );
    const panel = await screen.findByTestId('sync-panel');
    expect(within(panel).getByTestId('sync-org').textContent).toBe(ORG);
    expect(within(panel).getByTestId('sync-server-url').textContent).toBe(SERVER);
    expect(within(panel).getByTestId('sync-last').textContent).toMatch(DATE_TIME);
    expect(within(panel).getByTestId('sync-pending').textContent).toBe('0');
    expect(screen.getByTestId('sync-result').textContent).toBe('Đã gửi 0, nhận 3, xung đột 0.');
    // The code is gone from the screen once registered.
    expect(document.body.textContent).not.toContain('ABCDE-23456');
  });

  it('puts the core refusing the address under the address field', async () => {
    const core = openCore();
    await openTab(core);
    await screen.findByTestId('sync-register-form');
    type('sync-server', 'ftp://dongbo.vn');
    type('sync-code', 'ABCDE-23456');
    await click(screen.getByTestId('sync-register'));
    expect(await screen.findByText(/Địa chỉ máy chủ phải có dạng https:\/\//)).toBeTruthy();
    expect(screen.queryByTestId('sync-panel')).toBeNull();
  });

  it('says in Vietnamese what went wrong: unreachable (nothing lost), a used code, the server refusing', async () => {
    const core = openCore();
    core.state.sync.server.fail = new AppError('SYNC_UNREACHABLE', 'connect ECONNREFUSED 127.0.0.1:9');
    await openTab(core);
    await fillAndRegister();
    const unreachable = await screen.findByTestId('sync-register-error');
    expect(unreachable.textContent).toContain('Không kết nối được máy chủ công đoàn cấp trên');
    expect(unreachable.textContent).toContain('không có dữ liệu nào bị mất');
    expect(unreachable.textContent).not.toContain('ECONNREFUSED');

    core.state.sync.server.fail = null;
    await fillAndRegister('ZZZZZ-99999');
    await waitFor(() =>
      expect(screen.getByTestId('sync-register-error').textContent).toContain('mã đăng ký đã dùng hoặc đã hết hạn'),
    );

    core.state.sync.server.fail = new AppError('SYNC_REFUSED', 'Mã định danh thuộc công đoàn cơ sở khác.');
    await fillAndRegister();
    await waitFor(() =>
      expect(screen.getByTestId('sync-register-error').textContent).toBe(
        'Máy chủ từ chối: Mã định danh thuộc công đoàn cơ sở khác.',
      ),
    );
    expect(screen.queryByTestId('sync-panel')).toBeNull();
  });
});

describe('the first sync when both sides hold data', () => {
  it('offers three choices, each saying what happens, and sends the chosen one with the same code', async () => {
    const core = openCore();
    Object.assign(core.state.sync.server, { hasData: true, localHasData: true });
    await openTab(core);
    await fillAndRegister();
    const choice = await screen.findByTestId('sync-choice');
    expect(choice.textContent).toContain('Không có dữ liệu nào bị xoá ở phía bên kia.');
    expect(screen.getByTestId('sync-choice-upload').textContent).toContain('Tải dữ liệu máy này lên');
    expect(screen.getByTestId('sync-choice-download').textContent).toContain('Lấy dữ liệu từ máy chủ');
    expect(screen.getByTestId('sync-choice-download').textContent).toContain('được sao lưu trước');
    expect(screen.getByTestId('sync-choice-merge').textContent).toContain('Gộp cả hai');
    // The code is kept in memory: not asked again.
    expect(screen.queryByTestId('sync-choice-code')).toBeNull();

    await click(screen.getByTestId('sync-choice-submit'));
    expect(await screen.findByText('Vui lòng chọn một cách đồng bộ.')).toBeTruthy();
    expect(core.callsOf('sync.register')).toHaveLength(1);

    await click(screen.getByRole('radio', { name: /Lấy dữ liệu từ máy chủ/ }));
    await click(screen.getByTestId('sync-choice-submit'));
    await screen.findByTestId('sync-panel');
    expect(core.callsOf('sync.register')[1]).toEqual({
      server: SERVER,
      code: 'ABCDE-23456',
      deviceName: 'Máy văn phòng',
      choice: 'download',
    });
  });

  it('after a restart, a registration still waiting for its choice asks the choice and the code again', async () => {
    const sync = registeredSync({
      lastSyncAt: null,
      lastError: { code: 'SYNC_CHOICE', message: 'Cần chọn', at: new Date().toISOString() },
    });
    Object.assign(sync.server, { hasData: true, localHasData: true });
    const core = openCore(sync);
    await openTab(core);
    await screen.findByTestId('sync-choice');
    await click(screen.getByRole('radio', { name: /Gộp cả hai/ }));
    type('sync-choice-code', 'ABCDE-23456');
    await click(screen.getByTestId('sync-choice-submit'));
    await screen.findByTestId('sync-panel');
    expect(core.callsOf('sync.register')).toEqual([{ server: SERVER, code: 'ABCDE-23456', choice: 'merge' }]);
  });
});

describe('registered', () => {
  const copy: SyncConflict = {
    id: 'c1',
    kind: 'copy',
    entity: 'document_versions',
    entityId: 'd1',
    title: 'Văn bản 05/QĐ-CĐCS: nội dung bị sửa ở hai máy',
    detail: 'Bản của máy khác đã được giữ; bản của máy này được lưu lại để đối chiếu.',
    value: JSON.stringify({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Điều 1. Khen thưởng 5 đoàn viên.' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Điều 2. Thi hành.' }] },
      ],
    }),
    at: new Date(2026, 11, 6, 14, 30).toISOString(),
  };
  const clash: SyncConflict = {
    id: 'c2',
    kind: 'number',
    entity: 'documents',
    entityId: 'd2',
    title: 'Văn bản 06/TB-CĐCS: số đã dùng ở máy khác',
    detail: 'Hãy đổi số văn bản này.',
    value: null,
    at: new Date(2026, 11, 6, 14, 31).toISOString(),
  };

  it('shows the status, syncs now with progress and the counts, and follows sync.changed', async () => {
    const sync = registeredSync();
    sync.server.result = { pushed: 4, pulled: 2, conflicts: 0 };
    const core = openCore(sync);
    await openTab(core);
    const panel = await screen.findByTestId('sync-panel');
    expect(within(panel).getByTestId('sync-last').textContent).toBe('07/12/2026 09:05');
    expect(within(panel).getByTestId('sync-pending').textContent).toBe('4');
    expect(within(panel).getByTestId('sync-conflicts').textContent).toBe('0');

    await click(screen.getByTestId('sync-now'));
    await waitFor(() => expect(screen.getByTestId('sync-result').textContent).toBe('Đã gửi 4, nhận 2, xung đột 0.'));
    expect(core.callsOf('sync.now')).toHaveLength(1);
    await waitFor(() => expect(screen.getByTestId('sync-pending').textContent).toBe('0'));

    // An automatic sync elsewhere: the core's event alone updates the screen.
    await act(async () => {
      core.emit('sync.changed', { ...core.state.sync.status, pending: 7, conflicts: 0 });
    });
    expect(screen.getByTestId('sync-pending').textContent).toBe('7');
  });

  it('a failed sync says why (the server unreachable: nothing lost) and keeps the pending count', async () => {
    const sync = registeredSync();
    sync.server.fail = new AppError('SYNC_UNREACHABLE', 'timeout');
    const core = openCore(sync);
    await openTab(core);
    await click(await screen.findByTestId('sync-now'));
    const error = await screen.findByTestId('sync-error');
    expect(error.textContent).toContain('Không kết nối được máy chủ công đoàn cấp trên');
    expect(screen.getByTestId('sync-pending').textContent).toBe('4');
    expect(screen.queryByTestId('sync-result')).toBeNull();
  });

  it('shows the last failure of an automatic sync with its time', async () => {
    const core = openCore(
      registeredSync({
        lastError: { code: 'SYNC_AUTH', message: 'DEVICE_REVOKED', at: new Date(2026, 11, 7, 8, 0).toISOString() },
      }),
    );
    await openTab(core);
    const alert = await screen.findByTestId('sync-last-error');
    expect(alert.textContent).toContain('07/12/2026 08:00');
    expect(alert.textContent).toContain('máy này đã bị thu hồi quyền đồng bộ');
  });

  it('saves the automatic interval', async () => {
    const core = openCore(registeredSync());
    await openTab(core);
    const input = (await screen.findByTestId('sync-auto-minutes')) as HTMLInputElement;
    await waitFor(() => expect(input.value).toBe('0'));
    fireEvent.change(input, { target: { value: '30' } });
    await click(screen.getByTestId('sync-auto-save'));
    await waitFor(() => expect(core.callsOf('sync.settings')).toEqual([{ autoMinutes: 30 }]));
    expect(core.state.sync.status.autoMinutes).toBe(30);
  });

  it('lists conflicts: a text copy can be read and restored, a number clash dismissed', async () => {
    const sync = registeredSync();
    sync.conflicts = [copy, clash];
    const core = openCore(sync);
    await openTab(core);
    await waitFor(() => expect(screen.getAllByTestId('sync-conflict')).toHaveLength(2));
    expect(screen.getByTestId('sync-conflicts').textContent).toBe('2');
    const [first, second] = screen.getAllByTestId('sync-conflict');
    expect(first.textContent).toContain(copy.title);
    expect(first.textContent).toContain(copy.detail);
    expect(first.textContent).toContain('06/12/2026 14:30');
    // A number clash has nothing to restore.
    expect(within(second).queryByTestId('sync-conflict-restore')).toBeNull();

    await click(within(first).getByTestId('sync-conflict-read'));
    const text = await screen.findByTestId('sync-conflict-text');
    expect(text.textContent).toBe('Điều 1. Khen thưởng 5 đoàn viên.\nĐiều 2. Thi hành.');
    await click(screen.getByTestId('sync-conflict-modal-restore'));
    await waitFor(() => expect(core.callsOf('sync.resolve')).toEqual([{ id: 'c1', action: 'restore' }]));
    await waitFor(() => expect(screen.getAllByTestId('sync-conflict')).toHaveLength(1));

    await click(within(screen.getByTestId('sync-conflict')).getByTestId('sync-conflict-dismiss'));
    await waitFor(() => expect(core.callsOf('sync.resolve')[1]).toEqual({ id: 'c2', action: 'dismiss' }));
    expect(await screen.findByText('Không có xung đột nào.')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('sync-conflicts').textContent).toBe('0'));
  });

  it('a number clash is renumbered: the new number is said, the list and the pending count follow', async () => {
    const sync = registeredSync({ pending: 0 });
    sync.conflicts = [copy, clash];
    const core = openCore(sync);
    await openTab(core);
    await waitFor(() => expect(screen.getAllByTestId('sync-conflict')).toHaveLength(2));
    const [first, second] = screen.getAllByTestId('sync-conflict');
    // Only a number clash can be renumbered, and that is its first choice.
    expect(within(first).queryByTestId('sync-conflict-renumber')).toBeNull();
    const renumber = within(second).getByTestId('sync-conflict-renumber');
    expect(renumber.textContent).toBe('Đánh số lại');
    expect(renumber.className).toContain('ant-btn-primary');
    expect(within(second).getByTestId('sync-conflict-dismiss').textContent).toBe('Bỏ qua');

    await click(renumber);
    await waitFor(() => expect(core.callsOf('sync.resolve')).toEqual([{ id: 'c2', action: 'renumber' }]));
    expect(await screen.findByText('Đã đánh số mới: 07/TB-CĐCS; sẽ gửi lên máy chủ ở lần đồng bộ sau.')).toBeTruthy();
    await waitFor(() => expect(screen.getAllByTestId('sync-conflict')).toHaveLength(1));
    expect(screen.getByTestId('sync-conflict').textContent).toContain(copy.title);
    await waitFor(() => expect(screen.getByTestId('sync-conflicts').textContent).toBe('1'));
    expect(screen.getByTestId('sync-pending').textContent).toBe('1');
  });

  it('stops syncing only after a confirmation, and shows the registration form again', async () => {
    const core = openCore(registeredSync());
    await openTab(core);
    await click(await screen.findByTestId('sync-unregister'));
    expect((await screen.findAllByText('Ngừng đồng bộ với máy chủ này?')).length).toBeGreaterThan(0);
    expect(core.callsOf('sync.unregister')).toEqual([]);
    await click(screen.getByTestId('sync-unregister-ok'));
    await screen.findByTestId('sync-register-form');
    expect(core.callsOf('sync.unregister')).toHaveLength(1);
    expect(core.state.sync.status.registered).toBe(false);
  });
});
