/**
 * What a page of the shell is: a route key, a label, an icon, and either its component (loaded on first visit, so
 * each page's code is its own chunk) or the "coming" flag for areas of the roadmap not built yet.
 */
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { AppStatus } from '../app/App';
import type { DomainMessages } from '../i18n/messages';

/** What every page receives from the shell. */
export interface PageProps {
  /** The part of the route after the page: `#/members/units` → 'units'. */
  sub?: string;
  /** Moves within this page (changes `sub`). */
  onSub: (sub?: string) => void;
  /** Opens another page (the overview's "edit in settings"). */
  open: (page: string, sub?: string) => void;
  /** The vault's state, and the hooks back into the app (settings needs them). */
  app: { status: AppStatus; onOrgChanged: () => void; onRestored: () => Promise<void> };
}

export type PageComponent = LazyExoticComponent<ComponentType<PageProps>>;

interface PageBase {
  /** Route and test-id key: `#/members`, `nav-members`, `page-members`. */
  key: string;
  /** Translation key of the menu label. */
  label: string;
  icon: ReactNode;
  /** The page's own texts, merged into the translations when the app starts (small: they load eagerly). */
  messages?: DomainMessages;
}

export type PageEntry = PageBase & ({ component: PageComponent; coming?: never } | { coming: true; component?: never });

/**
 * A page component loaded on first visit. `name` picks the named export, so the page's module needs no default
 * export and the import stays checked.
 */
export function lazyPage<K extends string, M extends Record<K, ComponentType<PageProps>>>(
  load: () => Promise<M>,
  name: K,
): PageComponent {
  return lazy(async () => ({ default: (await load())[name] }));
}

/** `#/settings/backups` → { page: 'settings', sub: 'backups' }; an unknown page → the first one. */
export function parseHash(hash: string, pages: readonly PageEntry[]): { page: string; sub?: string } {
  const [page, sub] = hash.replace(/^#\/?/, '').split('/');
  return pages.some((p) => p.key === page) ? { page, sub: sub || undefined } : { page: pages[0].key };
}

export function toHash(page: string, sub?: string): string {
  return `#/${page}${sub ? `/${sub}` : ''}`;
}
