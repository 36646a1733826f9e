import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  OPEN_LINK_BUTTON,
  decideNavigation,
  externalLinkPrompt,
  decidePermission,
  isAllowedRendererRequest,
  isTrustedAppUrl,
  readArg,
} from '../../src/main/policy';

describe('isTrustedAppUrl (IPC sender check)', () => {
  it('accepts only pages of app://uniondesk', () => {
    expect(APP_ENTRY_URL).toBe('app://uniondesk/index.html');
    expect(isTrustedAppUrl('app://uniondesk/index.html')).toBe(true);
    expect(isTrustedAppUrl('app://uniondesk/')).toBe(true);
    for (const u of [
      'app://evil/index.html',
      'app://uniondesk.evil/index.html',
      'app://user:pw@uniondesk/index.html',
      'app://uniondesk:8080/index.html',
      'https://uniondesk/index.html',
      'file:///tmp/index.html',
      'http://127.0.0.1:5173/',
      'about:blank',
      'devtools://devtools/bundled/inspector.html',
      '',
      'not a url',
      null,
      undefined,
      42,
    ]) {
      expect(isTrustedAppUrl(u), String(u)).toBe(false);
    }
  });
});

describe('decideNavigation (will-navigate, window.open)', () => {
  it('opens https links in the system browser (after a confirmation), never in the app', () => {
    expect(decideNavigation('https://congdoan.vn/van-ban')).toEqual({
      action: 'open-external',
      url: 'https://congdoan.vn/van-ban',
      host: 'congdoan.vn',
    });
    expect(decideNavigation('https://zoom.us:8443/j/1')).toMatchObject({ host: 'zoom.us:8443' });
  });
  it('refuses plain http: anyone on the network could rewrite the page', () => {
    expect(decideNavigation('http://example.org')).toEqual({ action: 'deny' });
    expect(decideNavigation('HTTP://congdoan.vn/')).toEqual({ action: 'deny' });
  });
  it('the confirmation names the host, defaults to not opening, and shows a look-alike name in its xn-- form', () => {
    const d = decideNavigation('https://congdoan.vn/van-ban?x=1');
    if (d.action !== 'open-external') throw new Error('denied');
    const p = externalLinkPrompt(d);
    expect(p.message).toBe('Mở trang congdoan.vn trong trình duyệt?');
    expect(p.detail).toContain('https://congdoan.vn/van-ban?x=1');
    expect(p.buttons[OPEN_LINK_BUTTON]).toContain('congdoan.vn');
    expect(p.defaultId).not.toBe(OPEN_LINK_BUTTON);
    expect(p.cancelId).not.toBe(OPEN_LINK_BUTTON);
    const lookalike = decideNavigation('https://cօngdoan.vn/'); // an Armenian "o"
    if (lookalike.action !== 'open-external') throw new Error('denied');
    expect(externalLinkPrompt(lookalike).message).toMatch(/xn--/);
  });
  it('denies every other scheme and credentials in URLs', () => {
    for (const u of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'app://uniondesk/index.html',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'vbscript:msgbox',
      'https://user:pass@example.org/',
      'mailto:a@b.c',
      'not a url',
      '',
      undefined,
    ]) {
      expect(decideNavigation(u), String(u)).toEqual({ action: 'deny' });
    }
  });
});

describe('decidePermission', () => {
  it('refuses every permission by default', () => {
    for (const p of [
      'media',
      'geolocation',
      'notifications',
      'midi',
      'openExternal',
      'hid',
      'serial',
      'usb',
      'display-capture',
      'clipboard-read',
      'fullscreen',
      'pointerLock',
    ]) {
      expect(decidePermission(p, 'app://uniondesk/index.html'), p).toBe(false);
    }
  });
  it('lets only our own page write plain text to the clipboard', () => {
    expect(decidePermission('clipboard-sanitized-write', 'app://uniondesk/index.html')).toBe(true);
    expect(decidePermission('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(decidePermission('clipboard-sanitized-write', undefined)).toBe(false);
  });
});

describe('isAllowedRendererRequest', () => {
  it('allows app://, data: and blob: only', () => {
    expect(isAllowedRendererRequest('app://uniondesk/assets/a.js')).toBe(true);
    expect(isAllowedRendererRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRendererRequest('blob:app://uniondesk/123')).toBe(true);
    for (const u of [
      'https://example.org/x.js',
      'http://127.0.0.1:8080/',
      'ws://127.0.0.1/api',
      'file:///etc/passwd',
      'app://other/x',
    ]) {
      expect(isAllowedRendererRequest(u), u).toBe(false);
    }
  });
});

describe('readArg', () => {
  it('reads --name=value arguments', () => {
    const argv = ['/usr/bin/electron', 'core.js', '--data-dir=/home/a b/UnionDesk/data', '--app-version=0.1.0'];
    expect(readArg(argv, 'data-dir')).toBe('/home/a b/UnionDesk/data');
    expect(readArg(argv, 'app-version')).toBe('0.1.0');
    expect(readArg(argv, 'missing')).toBeUndefined();
  });
});
