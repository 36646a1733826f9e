/**
 * Shared setup for renderer component tests (jsdom): the browser APIs antd expects, cleanup between tests,
 * and a render helper that mounts the real app around an in-memory RawApi.
 */
import { cleanup, configure, render } from '@testing-library/react';
import { createElement, type ReactElement } from 'react';
import { afterEach, expect, vi } from 'vitest';
import type { RawApi } from '../../src/shared/api';
import { App } from '../../src/renderer/app/App';
import { Providers } from '../../src/renderer/app/Providers';
import { createI18n, type Language } from '../../src/renderer/i18n';
import type { PageEntry } from '../../src/renderer/shell/page';
import type { Transport } from '../../src/renderer/transport';
import { contractViolations } from './fakeContract';

// antd renders are slow in jsdom on a small CI machine.
configure({ asyncUtilTimeout: 5000 });

if (typeof window !== 'undefined') {
  if (!window.matchMedia) {
    Object.defineProperty(window, 'matchMedia', {
      writable: true,
      configurable: true,
      value: (query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => {},
        removeListener: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
        dispatchEvent: () => false,
      }),
    });
  }
  // jsdom throws "Not implemented" for pseudo-elements (antd measures scrollbars with them), and its full cascade
  // over antd's many injected <style> tags is very slow. Layout does not exist in jsdom anyway: answer with the
  // element's inline style only.
  window.getComputedStyle = ((elt: Element) => {
    const style = (elt as HTMLElement).style ?? document.createElement('div').style;
    return style;
  }) as typeof window.getComputedStyle;
  if (!('ResizeObserver' in window)) {
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
  window.scrollTo = () => {};
  window.print = vi.fn();
}

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
  // A fake answer the contract refuses fails the test that caused it (the fake must not drift from the core).
  expect(contractViolations.splice(0)).toEqual([]);
});

interface RenderOptions {
  lang?: Language;
  transport?: Partial<Transport>;
  /** A pages list other than the app's (its entries bring their texts). */
  pages?: readonly PageEntry[];
}

export function renderWithProviders(ui: ReactElement, raw: RawApi, opts: RenderOptions = {}) {
  const i18n = createI18n(opts.lang ?? 'vi', opts.pages);
  const transport: Transport = { api: raw, ...opts.transport };
  const result = render(createElement(Providers, { transport, i18n, children: ui }));
  return { ...result, i18n };
}

export function renderApp(raw: RawApi, opts: RenderOptions = {}) {
  return renderWithProviders(createElement(App), raw, opts);
}
