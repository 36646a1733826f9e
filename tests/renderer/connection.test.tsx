// @vitest-environment jsdom
import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConnectionMonitor, ConnectionState } from '../../src/renderer/transport';
import { EMPTY_PROFILE, createFakeCore } from './fakeCore';
import { renderApp } from './setup';

function fakeMonitor() {
  const subs = new Set<(s: ConnectionState) => void>();
  const m = {
    state: 'open' as ConnectionState,
    subscribe(cb: (s: ConnectionState) => void) {
      subs.add(cb);
      return () => subs.delete(cb);
    },
    set(s: ConnectionState) {
      m.state = s;
      for (const cb of subs) cb(s);
    },
  };
  return m as ConnectionMonitor & { set(s: ConnectionState): void };
}

describe('connection banner', () => {
  it('shows "Mất kết nối" while the core link is down and re-reads the state when it returns', async () => {
    const core = createFakeCore({
      vault: 'unlocked',
      passphrase: 'x'.repeat(8),
      profile: { ...EMPTY_PROFILE, name: 'CĐCS ABC' },
    });
    const monitor = fakeMonitor();
    renderApp(core.raw, { transport: { connection: monitor } });
    await screen.findByTestId('app-shell');
    expect(screen.queryByTestId('connection-banner')).toBeNull();
    act(() => monitor.set('closed'));
    expect((await screen.findByTestId('connection-banner')).textContent).toContain('Mất kết nối với lõi ứng dụng');
    // Meanwhile the core restarted locked.
    core.state.vault = 'locked';
    act(() => monitor.set('open'));
    await waitFor(() => expect(screen.queryByTestId('connection-banner')).toBeNull());
    expect(await screen.findByTestId('unlock-passphrase')).toBeTruthy();
  });
});

describe('locked behind our back', () => {
  it('returns to the unlock screen when a command in the shell fails with LOCKED', async () => {
    const core = createFakeCore({
      vault: 'unlocked',
      passphrase: 'x'.repeat(8),
      profile: { ...EMPTY_PROFILE, name: 'CĐCS ABC' },
    });
    renderApp(core.raw);
    await screen.findByTestId('app-shell');
    core.state.vault = 'locked'; // no event: e.g. the core restarted
    act(() => screen.getByTestId('nav-settings').click());
    expect(await screen.findByTestId('unlock-passphrase')).toBeTruthy();
  });
});
