/**
 * Electron main: thin glue. Windows, the app:// protocol, security guards, the OS keystore (safeStorage), and
 * the core, which runs in a utility process (out/main/core.js) and gets one MessagePort per window.
 * The decisions themselves live in pure modules (policy.ts, app-protocol.ts, keystore-protocol.ts, ../web/*)
 * that are tested under Node.
 *
 * Fuses (set at packaging time with @electron/fuses, see src/main/README.md):
 *   RunAsNode off, EnableNodeOptionsEnvironmentVariable off, EnableNodeCliInspectArguments off,
 *   EnableEmbeddedAsarIntegrityValidation on, OnlyLoadAppFromAsar on, EnableCookieEncryption on.
 *
 * Never `require` anything here: electron-vite's ESM output declares `require` itself (name it `nodeRequire`).
 */
import {
  BrowserWindow,
  Menu,
  MessageChannelMain,
  app,
  dialog,
  ipcMain,
  protocol,
  safeStorage,
  session,
  shell,
  utilityProcess,
  type MenuItemConstructorOptions,
  type UtilityProcess,
} from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appProtocolResponse } from './app-protocol';
import { CORE_V8_FLAGS } from './core-flags';
import { answerKeystoreRequest, keystoreFromSafeStorage } from './keystore-protocol';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  PORT_CHANNEL,
  PORT_REQUEST_CHANNEL,
  OPEN_LINK_BUTTON,
  decideNavigation,
  decidePermission,
  externalLinkPrompt,
  isAllowedRendererRequest,
  isTrustedAppUrl,
} from './policy';

const here = path.dirname(fileURLToPath(import.meta.url)); // out/main
const RENDERER_DIR = path.join(here, '..', 'renderer');
const PRELOAD = path.join(here, '..', 'preload', 'index.cjs');
const CORE_ENTRY = path.join(here, 'core.js');

// Before `ready`: sandbox every renderer, and make app:// a standard, secure scheme (origin, fetch, modules).
app.enableSandbox();
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
  },
]);

let core: UtilityProcess | null = null;
let coreExited = false;
let quitting = false;
const windows = new Set<BrowserWindow>();

/** https only, and only after the user confirmed the host in a dialog (policy.ts decides and words it). */
function openExternalIfSafe(url: string, from?: BrowserWindow | null): void {
  const d = decideNavigation(url);
  if (d.action !== 'open-external') return;
  const prompt = externalLinkPrompt(d);
  const asked = from ? dialog.showMessageBox(from, prompt) : dialog.showMessageBox(prompt);
  void asked.then((r) => (r.response === OPEN_LINK_BUTTON ? shell.openExternal(d.url) : undefined));
}

function startCore(dataDir: string): UtilityProcess {
  const keystore = keystoreFromSafeStorage(safeStorage);
  const child = utilityProcess.fork(CORE_ENTRY, [`--data-dir=${dataDir}`, `--app-version=${app.getVersion()}`], {
    serviceName: 'UnionDesk core',
    execArgv: [...CORE_V8_FLAGS],
    stdio: 'inherit',
  });
  child.on('message', (msg: unknown) => {
    if (typeof msg === 'object' && msg !== null && (msg as { type?: unknown }).type === 'fatal') {
      const detail = String((msg as { message?: unknown }).message ?? '');
      dialog.showErrorBox(
        'UnionDesk',
        `Không khởi động được lõi UnionDesk.\nThe UnionDesk core could not start.\n\n${detail}`,
      );
      return;
    }
    void answerKeystoreRequest(msg, keystore).then((answer) => {
      if (answer && !coreExited) child.postMessage(answer);
    });
  });
  child.on('exit', (code) => {
    coreExited = true;
    if (!quitting) {
      dialog.showErrorBox(
        'UnionDesk',
        `Lõi UnionDesk đã dừng bất ngờ (mã ${code}). Ứng dụng sẽ đóng.\nThe UnionDesk core stopped unexpectedly.`,
      );
      app.quit();
    }
  });
  return child;
}

function secureSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, permission, callback, details) =>
    callback(decidePermission(permission, details.requestingUrl)),
  );
  ses.setPermissionCheckHandler((_wc, permission, requestingOrigin) => decidePermission(permission, requestingOrigin));
  ses.setDevicePermissionHandler(() => false);
  // Second wall behind the CSP: the renderer never reaches the network or the disk itself.
  // (Guarded: a filter Chromium would not accept must not stop the app; the CSP still holds.)
  try {
    ses.webRequest.onBeforeRequest(
      { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'file:///*'] },
      (details, callback) => callback({ cancel: !isAllowedRendererRequest(details.url) }),
    );
  } catch (err) {
    console.warn('UnionDesk: could not install the request filter', err);
  }
  protocol.handle(APP_SCHEME, (request) => appProtocolResponse(RENDERER_DIR, request));
}

function hardenContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      event.preventDefault();
      openExternalIfSafe(url, BrowserWindow.fromWebContents(contents));
    });
    contents.on('will-redirect', (event, url) => {
      if (!isTrustedAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openExternalIfSafe(url, BrowserWindow.fromWebContents(contents));
      return { action: 'deny' };
    });
  });

  // The one IPC message: a page of ours asks for its port to the core. Sender frame checked.
  ipcMain.on(PORT_REQUEST_CHANNEL, (event) => {
    const frame = event.senderFrame;
    const win = BrowserWindow.fromWebContents(event.sender);
    if (!frame || frame.parent !== null || !isTrustedAppUrl(frame.url) || !win || !windows.has(win)) return;
    if (!core || coreExited) return;
    const { port1, port2 } = new MessageChannelMain();
    core.postMessage({ type: 'port' }, [port2]);
    event.sender.postMessage(PORT_CHANNEL, null, [port1]);
  });
}

function setMenu(): void {
  const template: MenuItemConstructorOptions[] = [];
  if (process.platform === 'darwin') template.push({ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' });
  if (!app.isPackaged) template.push({ role: 'viewMenu' });
  Menu.setApplicationMenu(template.length ? Menu.buildFromTemplate(template) : null);
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'UnionDesk',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  windows.add(win);
  win.on('closed', () => windows.delete(win));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [win] = windows;
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('will-quit', (event) => {
    if (!core || coreExited) return;
    // Let the core lock the vault and close the database before we go.
    event.preventDefault();
    const child = core;
    const timer = setTimeout(() => child.kill(), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      app.quit();
    });
    child.postMessage({ type: 'shutdown' });
  });
  app.on('window-all-closed', () => app.quit());
  app.on('activate', () => {
    if (windows.size === 0 && app.isReady()) createWindow();
  });

  app
    .whenReady()
    .then(() => {
      const dataDir = process.env.UNIONDESK_DATA_DIR || path.join(app.getPath('userData'), 'data');
      secureSession();
      hardenContents();
      setMenu();
      core = startCore(dataDir);
      createWindow();
    })
    .catch((err: unknown) => {
      dialog.showErrorBox(
        'UnionDesk',
        `Không khởi động được UnionDesk.\n${err instanceof Error ? err.message : String(err)}`,
      );
      app.quit();
    });
}
