/**
 * The side menu as a list of links: each entry is its own Tab stop and opens with Enter, as people expect from a
 * list of pages (antd's Menu is one Tab stop reached only with the arrow keys, and Enter on it did nothing). The
 * current page is marked aria-current. Narrow windows (and 200% zoom) show the icons only, the name as tooltip
 * and still as the link's accessible name.
 */
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageEntry } from './page';
import { toHash } from './page';

interface Props {
  pages: readonly PageEntry[];
  current: string;
  collapsed: boolean;
  onOpen: (key: string) => void;
}

export function SideNav({ pages, current, collapsed, onOpen }: Props) {
  const { t } = useTranslation();
  const open = (e: MouseEvent, key: string) => {
    // The route is replaced, not pushed (as before): Back does not walk through every page visited.
    e.preventDefault();
    onOpen(key);
  };
  return (
    <nav aria-label={t('shell.menu')} className={`ud-nav${collapsed ? ' ud-nav-collapsed' : ''}`}>
      <ul>
        {pages.map((p) => {
          const label = t(p.label);
          return (
            <li key={p.key}>
              <a
                href={toHash(p.key)}
                aria-current={p.key === current ? 'page' : undefined}
                title={collapsed ? label : undefined}
                onClick={(e) => open(e, p.key)}
              >
                <span className="ud-nav-icon" aria-hidden>
                  {p.icon}
                </span>
                <span data-testid={`nav-${p.key}`} className="ud-nav-label">
                  {label}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
