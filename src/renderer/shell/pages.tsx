/**
 * The pages of the shell, in menu order. Adding a domain page = its own folder (a component taking PageProps, and
 * its texts) + one entry here.
 */
import {
  AppstoreOutlined,
  CheckSquareOutlined,
  DollarOutlined,
  FileTextOutlined,
  GiftOutlined,
  NotificationOutlined,
  SettingOutlined,
  SyncOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import { bulletinsMessages } from '../bulletins/i18n';
import { documentsMessages } from '../documents/i18n';
import { duesMessages } from '../dues/i18n';
import { electionsMessages } from '../elections/i18n';
import { fundsMessages } from '../funds/i18n';
import { meetingsMessages } from '../meetings/i18n';
import { overviewMessages } from '../overview/i18n';
import { membersMessages } from '../members/i18n';
import { welfareMessages } from '../welfare/i18n';
import { lazyPage, type PageEntry } from './page';

export const PAGES: readonly PageEntry[] = [
  {
    key: 'overview',
    label: 'nav.overview',
    icon: <AppstoreOutlined />,
    component: lazyPage(() => import('./Overview'), 'Overview'),
    messages: overviewMessages,
  },
  {
    key: 'members',
    label: 'members.title',
    icon: <TeamOutlined />,
    component: lazyPage(() => import('../members/MembersPage'), 'MembersPage'),
    messages: membersMessages,
  },
  {
    key: 'documents',
    label: 'documents.title',
    icon: <FileTextOutlined />,
    component: lazyPage(() => import('../documents/DocumentsPage'), 'DocumentsPage'),
    messages: documentsMessages,
  },
  {
    key: 'meetings',
    label: 'nav.meetings',
    icon: <UsergroupAddOutlined />,
    component: lazyPage(() => import('../meetings/MeetingsPage'), 'MeetingsPage'),
    messages: meetingsMessages,
  },
  {
    key: 'elections',
    label: 'elections.title',
    icon: <CheckSquareOutlined />,
    component: lazyPage(() => import('../elections/ElectionsPage'), 'ElectionsPage'),
    messages: electionsMessages,
  },
  {
    key: 'bulletins',
    label: 'nav.bulletins',
    icon: <NotificationOutlined />,
    component: lazyPage(() => import('../bulletins/BulletinsPage'), 'BulletinsPage'),
    messages: bulletinsMessages,
  },
  {
    key: 'dues',
    label: 'dues.title',
    icon: <WalletOutlined />,
    component: lazyPage(() => import('../dues/DuesPage'), 'DuesPage'),
    messages: duesMessages,
  },
  {
    key: 'finance',
    label: 'nav.finance',
    icon: <DollarOutlined />,
    component: lazyPage(() => import('../funds/FundsPage'), 'FundsPage'),
    messages: fundsMessages,
  },
  {
    key: 'welfare',
    label: 'welfare.title',
    icon: <GiftOutlined />,
    component: lazyPage(() => import('../welfare/WelfarePage'), 'WelfarePage'),
    messages: welfareMessages,
  },
  {
    key: 'sync',
    label: 'nav.sync',
    icon: <SyncOutlined />,
    component: lazyPage(() => import('../sync/SyncPage'), 'SyncPage'),
  },
  {
    key: 'settings',
    label: 'nav.settings',
    icon: <SettingOutlined />,
    component: lazyPage(() => import('../settings/SettingsPage'), 'SettingsPage'),
  },
];
