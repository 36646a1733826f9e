/**
 * One bulletin: its masthead and body (Soạn), the email as it goes out (Xem trước email), and its sending (Gửi: the
 * audience with its live count, "Gửi thử", "Tạo đợt gửi", the sendings made). Unsaved edits are saved before the
 * preview or the sending is shown, so both always show what is on screen; and by themselves after a pause in typing.
 */
import { ArrowLeftOutlined, DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Skeleton, Tabs, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bulletin } from '../../shared/bulletins-contract';
import { useApi } from '../api/ApiContext';
import { detailText } from '../common/errors';
import { BulletinCompose, type ComposeHandle } from './BulletinCompose';
import { EmailPreview } from './EmailPreview';
import { SendPanel } from './SendPanel';

type TabKey = 'compose' | 'preview' | 'send';
const AUTOSAVE_MS = 2000;

interface Props {
  id: string;
  onBack: () => void;
  onCampaign: (id: string) => void;
}

export function BulletinView({ id, onBack, onCampaign }: Props) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { modal, message } = App.useApp();
  const [bulletin, setBulletin] = useState<Bulletin | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tab, setTab] = useState<TabKey>('compose');
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const compose = useRef<ComposeHandle | null>(null);
  // The handle as last attached: React detaches refs before the page's leaving save runs.
  const lastCompose = useRef<ComposeHandle | null>(null);
  const attach = useCallback((h: ComposeHandle | null) => {
    compose.current = h;
    if (h) lastCompose.current = h;
  }, []);
  const changes = useRef(0);
  const changed = useCallback(() => {
    changes.current++;
    setDirty(true);
  }, []);

  useEffect(() => {
    let live = true;
    call('bulletins.get', { id }).then(
      (b) => live && setBulletin(b),
      (err) => live && setError(detailText(t, err)),
    );
    return () => {
      live = false;
    };
  }, [call, id, t]);

  /** True when everything on screen is saved. */
  const save = useCallback(async (): Promise<boolean> => {
    const values = await compose.current?.values();
    if (!values) return false;
    if (!dirty) return true;
    setSaving(true);
    setSaveError(null);
    const at = changes.current;
    try {
      const saved = await call('bulletins.update', { id, ...values });
      setBulletin(saved);
      // A change typed while saving is still to be saved.
      if (changes.current === at) setDirty(false);
      setVersion((v) => v + 1);
      return true;
    } catch (err) {
      setSaveError(detailText(t, err));
      return false;
    } finally {
      setSaving(false);
    }
  }, [call, dirty, id, t]);

  // A bulletin saves itself a moment after the last change, and when the page is left, so nothing typed is lost.
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => void saveRef.current(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [dirty, version, saving]);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  useEffect(
    () => () => {
      const values = dirtyRef.current ? lastCompose.current?.current() : null;
      if (values) call('bulletins.update', { id, ...values }).catch(() => undefined);
    },
    [],
  );

  const switchTab = async (next: TabKey) => {
    if (next !== 'compose' && !(await save())) return;
    setTab(next);
  };

  const back = async () => {
    if (await save()) onBack();
  };

  const remove = () =>
    modal.confirm({
      title: t('bulletins.editor.deleteConfirm'),
      okText: t('bulletins.editor.delete'),
      cancelText: t('bulletins.send.cancel'),
      okButtonProps: { danger: true, 'data-testid': 'bulletin-delete-ok' },
      onOk: async () => {
        await call('bulletins.delete', { id });
        onBack();
      },
    });

  if (error)
    return (
      <Alert
        type="error"
        showIcon
        title={error}
        data-testid="bulletin-load-error"
        action={<Button onClick={onBack}>{t('bulletins.editor.back')}</Button>}
      />
    );
  if (!bulletin) return <Skeleton active />;

  return (
    <div data-testid="bulletin-view" className="ud-bulletin-view">
      <div className="ud-bulletin-toolbar">
        <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => void back()} data-testid="bulletin-back">
          {t('bulletins.editor.back')}
        </Button>
        <Typography.Title level={4} className="ud-bulletin-heading" ellipsis={{ tooltip: bulletin.title }}>
          {t('bulletins.editor.issue')} {bulletin.issueNumber} — {bulletin.title}
        </Typography.Title>
        <span className="ud-muted ud-push-right" data-testid="bulletin-save-status">
          {dirty ? t('bulletins.editor.unsaved') : ''}
        </span>
        <Button
          type="primary"
          icon={<SaveOutlined />}
          loading={saving}
          disabled={!dirty}
          onClick={() => void save().then((ok) => ok && message.success(t('bulletins.editor.saved')))}
          data-testid="bulletin-save"
        >
          {t('bulletins.editor.save')}
        </Button>
        <Button danger icon={<DeleteOutlined />} onClick={remove} data-testid="bulletin-delete">
          {t('bulletins.editor.delete')}
        </Button>
      </div>
      {saveError && <Alert type="error" showIcon title={saveError} data-testid="bulletin-save-error" />}
      <Tabs
        activeKey={tab}
        onChange={(k) => void switchTab(k as TabKey)}
        items={(['compose', 'preview', 'send'] as const).map((key) => ({
          key,
          label: <span data-testid={`bulletin-tab-${key}`}>{t(`bulletins.editor.tabs.${key}`)}</span>,
          children:
            key === 'compose' ? (
              <BulletinCompose ref={attach} bulletin={bulletin} onChange={changed} />
            ) : key === 'preview' ? (
              tab === 'preview' && <EmailPreview bulletinId={id} version={version} />
            ) : (
              tab === 'send' && <SendPanel bulletinId={id} onCampaign={onCampaign} />
            ),
        }))}
      />
    </div>
  );
}
