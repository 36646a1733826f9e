/**
 * src/main/index.ts wired to a mocked `electron` (the binary cannot run here): checks that the security baseline
 * is actually applied — sandbox, window preferences, app:// protocol, navigation / window-open / permission guards,
 * the IPC sender check, the core utility process and the keystore bridge.
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

const h = vi.hoisted(() => {
  // vi.hoisted runs before the imports are bound, so it cannot use the imported EventEmitter.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { EventEmitter: EE } = require('node:events') as typeof import('node:events');
  const appEvents = new EE();
  const state = {
    windows: [] as Array<{ options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn>; webContents: unknown }>,
    child: null as
      null | (InstanceType<typeof EE> & { postMessage: ReturnType<typeof vi.fn>; kill: ReturnType<typeof vi.fn> }),
    forkArgs: [] as unknown[],
    ipc: new Map<string, (...a: unknown[]) => void>(),
    handlers: {} as Record<string, (...a: unknown[]) => unknown>,
  };
  class FakeWebContents extends EE {
    windowOpenHandler: ((d: { url: string }) => unknown) | null = null;
    postMessage = vi.fn();
    setWindowOpenHandler(fn: (d: { url: string }) => unknown) {
      this.windowOpenHandler = fn;
    }
  }
  class BrowserWindow extends EE {
    static all: BrowserWindow[] = [];
    static fromWebContents(wc: unknown) {
      return BrowserWindow.all.find((w) => w.webContents === wc) ?? null;
    }
    options: Record<string, unknown>;
    webContents = new FakeWebContents();
    loadURL = vi.fn(async () => {});
    show = vi.fn();
    constructor(options: Record<string, unknown>) {
      super();
      this.options = options;
      BrowserWindow.all.push(this);
      state.windows.push(this as never);
      appEvents.emit('web-contents-created', {}, this.webContents);
    }
  }
  const app = {
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    on: vi.fn((ev: string, fn: (...a: unknown[]) => void) => appEvents.on(ev, fn)),
    whenReady: vi.fn(() => Promise.resolve()),
    isReady: () => true,
    getPath: vi.fn(() => '/home/u/.config/UnionDesk'),
    getVersion: () => '0.1.0',
    isPackaged: true,
    quit: vi.fn(),
  };
  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn((fn) => (state.handlers.permissionRequest = fn)),
      setPermissionCheckHandler: vi.fn((fn) => (state.handlers.permissionCheck = fn)),
      setDevicePermissionHandler: vi.fn((fn) => (state.handlers.device = fn)),
      webRequest: { onBeforeRequest: vi.fn((_f, fn) => (state.handlers.beforeRequest = fn)) },
    },
  };
  const mod = {
    app,
    BrowserWindow,
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
    MessageChannelMain: class {
      port1 = { name: 'port1' };
      port2 = { name: 'port2' };
    },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(async (..._a: unknown[]) => ({ response: 1 })) },
    ipcMain: { on: vi.fn((ch: string, fn: (...a: unknown[]) => void) => state.ipc.set(ch, fn)) },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn((scheme: string, fn: (...a: unknown[]) => unknown) => (state.handlers[`protocol:${scheme}`] = fn)),
    },
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'basic_text',
      encryptString: (s: string) => Buffer.from(s),
      decryptString: (b: Buffer) => b.toString(),
    },
    session,
    shell: { openExternal: vi.fn(async () => {}) },
    utilityProcess: {
      fork: vi.fn((...args: unknown[]) => {
        state.forkArgs = args;
        const child = Object.assign(new EE(), { postMessage: vi.fn(), kill: vi.fn() });
        state.child = child as never;
        return child;
      }),
    },
  };
  return { mod, state, appEvents };
});

vi.mock('electron', () => ({ ...h.mod, default: h.mod }));

async function load() {
  // Hermetic: a UNIONDESK_DATA_DIR exported by whoever runs the tests must not replace the default data folder.
  vi.stubEnv('UNIONDESK_DATA_DIR', undefined);
  await import('../../src/main/index');
  await new Promise((r) => setImmediate(r));
}

describe('Electron main wiring (mocked electron)', () => {
  it('applies the security baseline at start-up', async () => {
    await load();
    const { mod, state } = h;
    expect(mod.app.enableSandbox).toHaveBeenCalled();
    expect(mod.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(mod.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(mod.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));

    expect(state.windows).toHaveLength(1);
    const win = state.windows[0];
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      devTools: false,
    });
    expect(String((win.options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(win.loadURL).toHaveBeenCalledWith('app://uniondesk/index.html');
    expect(mod.Menu.setApplicationMenu).toHaveBeenCalled();
  });

  it('starts the core in a utility process with the data dir', () => {
    const [entry, args, opts] = h.state.forkArgs as [string, string[], Record<string, unknown>];
    expect(entry).toMatch(/core\.js$/);
    expect(args).toContain('--data-dir=/home/u/.config/UnionDesk/data');
    expect(args).toContain('--app-version=0.1.0');
    expect(opts).toMatchObject({ serviceName: expect.any(String) });
    // The young generation the mail bench measured the core process with (src/main/core-flags.ts).
    expect(opts.execArgv).toEqual(['--max-semi-space-size=8']);
  });

  it('denies permissions by default', () => {
    const cb = vi.fn();
    h.state.handlers.permissionRequest({}, 'media', cb, { requestingUrl: 'app://uniondesk/index.html' });
    expect(cb).toHaveBeenCalledWith(false);
    expect(h.state.handlers.permissionCheck({}, 'geolocation', 'app://uniondesk')).toBe(false);
    expect(h.state.handlers.device()).toBe(false);
  });

  it('blocks network requests from the renderer', () => {
    const cb = vi.fn();
    h.state.handlers.beforeRequest({ url: 'https://tracker.example/x.js' }, cb);
    expect(cb).toHaveBeenCalledWith({ cancel: true });
  });

  it('serves app:// through the guarded handler with the CSP', async () => {
    const res = (await h.state.handlers['protocol:app'](new Request('app://uniondesk/index.html'))) as Response;
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const other = (await h.state.handlers['protocol:app'](new Request('app://elsewhere/index.html'))) as Response;
    expect(other.status).toBe(403);
  });

  it('denies navigation and window.open; opens only https links, once the user confirmed the host', async () => {
    const wc = h.state.windows[0].webContents as EventEmitter & { windowOpenHandler: (d: { url: string }) => unknown };
    const { openExternal } = h.mod.shell;
    const ask = h.mod.dialog.showMessageBox;
    const nav = (url: string) => {
      const e = { preventDefault: vi.fn() };
      wc.emit('will-navigate', e, url);
      return e.preventDefault;
    };
    expect(nav('https://congdoan.vn/')).toHaveBeenCalled();
    await vi.waitFor(() => expect(openExternal).toHaveBeenLastCalledWith('https://congdoan.vn/'));
    expect(JSON.stringify(ask.mock.lastCall)).toContain('Mở trang congdoan.vn');
    openExternal.mockClear();
    ask.mockClear();
    for (const url of ['file:///etc/passwd', 'app://uniondesk/other.html', 'http://congdoan.vn/'])
      expect(nav(url)).toHaveBeenCalled();
    expect(wc.windowOpenHandler({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(ask).not.toHaveBeenCalled();

    ask.mockResolvedValueOnce({ response: 0 }); // "Không mở"
    expect(wc.windowOpenHandler({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(1));
    await new Promise((r) => setImmediate(r));
    expect(openExternal).not.toHaveBeenCalled();
    expect(wc.windowOpenHandler({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(openExternal).toHaveBeenCalledWith('https://example.org/'));

    const att = { preventDefault: vi.fn() };
    wc.emit('will-attach-webview', att);
    expect(att.preventDefault).toHaveBeenCalled();
  });

  it('hands a port to the core and to the page only for our own main frame', () => {
    const onRequest = h.state.ipc.get('uniondesk:port-request')!;
    const wc = h.state.windows[0].webContents as { postMessage: ReturnType<typeof vi.fn> };
    const child = h.state.child!;

    onRequest({ sender: wc, senderFrame: { url: 'https://evil.example/', parent: null } });
    onRequest({ sender: wc, senderFrame: { url: 'app://uniondesk/index.html', parent: {} } });
    onRequest({ sender: {}, senderFrame: { url: 'app://uniondesk/index.html', parent: null } });
    onRequest({ sender: wc, senderFrame: null });
    expect(child.postMessage).not.toHaveBeenCalled();
    expect(wc.postMessage).not.toHaveBeenCalled();

    onRequest({ sender: wc, senderFrame: { url: 'app://uniondesk/index.html', parent: null } });
    expect(child.postMessage).toHaveBeenCalledWith({ type: 'port' }, [{ name: 'port2' }]);
    expect(wc.postMessage).toHaveBeenCalledWith('uniondesk:port', null, [{ name: 'port1' }]);
  });

  it('answers keystore requests from the core (refusing Linux basic_text)', async () => {
    const child = h.state.child!;
    child.postMessage.mockClear();
    child.emit('message', { type: 'keystore.request', id: 7, op: 'isAvailable' });
    await vi.waitFor(() => expect(child.postMessage).toHaveBeenCalled());
    const expected = process.platform === 'linux' ? false : true;
    expect(child.postMessage).toHaveBeenCalledWith({ type: 'keystore.response', id: 7, ok: true, available: expected });
  });

  it('asks the core to shut down before quitting', () => {
    const child = h.state.child!;
    child.postMessage.mockClear();
    const e = { preventDefault: vi.fn() };
    h.appEvents.emit('before-quit');
    h.appEvents.emit('will-quit', e);
    expect(e.preventDefault).toHaveBeenCalled();
    expect(child.postMessage).toHaveBeenCalledWith({ type: 'shutdown' });
    child.emit('exit', 0);
    expect(h.mod.app.quit).toHaveBeenCalled();
    expect(h.mod.dialog.showErrorBox).not.toHaveBeenCalled();
  });
});
