import {
  AppstoreOutlined,
  DollarOutlined,
  FileTextOutlined,
  NotificationOutlined,
  SettingOutlined,
  SyncOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

export const PAGES = ['overview', 'members', 'documents', 'meetings', 'bulletins', 'finance', 'sync', 'settings'] as const;
export type PageKey = (typeof PAGES)[number];
/** Areas of the roadmap not built yet: they show an honest "coming" state. */
export const COMING: PageKey[] = ['meetings', 'bulletins', 'finance', 'sync'];

export const PAGE_ICONS: Record<PageKey, ReactNode> = {
  overview: <AppstoreOutlined />,
  members: <TeamOutlined />,
  documents: <FileTextOutlined />,
  meetings: <UsergroupAddOutlined />,
  bulletins: <NotificationOutlined />,
  finance: <DollarOutlined />,
  sync: <SyncOutlined />,
  settings: <SettingOutlined />,
};

/** `#/settings/backups` → { page: 'settings', sub: 'backups' } */
export function parseHash(hash: string): { page: PageKey; sub?: string } {
  const [page, sub] = hash.replace(/^#\/?/, '').split('/');
  return (PAGES as readonly string[]).includes(page) ? { page: page as PageKey, sub: sub || undefined } : { page: 'overview' };
}

export function toHash(page: PageKey, sub?: string): string {
  return `#/${page}${sub ? `/${sub}` : ''}`;
}
