/**
 * The member page, in a wide drawer over the register: the record (editable), the lifecycle timeline, and the
 * actions "Chuyển trạng thái" and delete. Also adds a new member; once saved, the drawer shows their page.
 */
import { DeleteOutlined, SwapOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Drawer, Row, Skeleton, Space, Tabs, Tooltip } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, StatusEvent, Unit } from '../../shared/members-contract';
import { useApi } from '../api/ApiContext';
import { detailText } from '../common/errors';
import { MemberSupportHistory } from '../welfare/MemberSupportHistory';
import { MemberDuesHistory } from './MemberDuesHistory';
import { MemberForm } from './MemberForm';
import { MemberTimeline } from './MemberTimeline';
import { StatusDialog } from './StatusDialog';
import { StatusTag } from './StatusTag';
import { NEXT_STATUSES } from './transitions';

export type DrawerTarget = { kind: 'new' } | { kind: 'member'; id: string } | null;

interface Props {
  target: DrawerTarget;
  units: Unit[];
  onOpen: (target: DrawerTarget) => void;
  onClose: () => void;
  /** The register changed (saved, status, deleted): reload the list. */
  onChanged: () => void;
}

export function MemberDrawer({ target, units, onOpen, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { message, modal } = App.useApp();
  const [data, setData] = useState<{ member: Member; history: StatusEvent[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [statusOpen, setStatusOpen] = useState(false);
  const id = target?.kind === 'member' ? target.id : null;

  const load = useCallback(async () => {
    if (!id) return;
    try {
      setData(await call('members.get', { id }));
      setError(null);
    } catch (err) {
      setError(detailText(t, err));
    }
  }, [call, id, t]);

  useEffect(() => {
    setData(null);
    setError(null);
    void load();
  }, [load]);

  const saved = (member: Member, created: boolean) => {
    onChanged();
    if (created) onOpen({ kind: 'member', id: member.id });
    else void load();
  };

  const confirmDelete = (member: Member) =>
    modal.confirm({
      title: t('members.page.deleteTitle', { name: member.fullName }),
      content: t('members.page.deleteBody'),
      okText: t('members.page.deleteOk'),
      okButtonProps: { danger: true, 'data-testid': 'member-delete-ok' },
      cancelText: t('members.page.cancel'),
      onOk: async () => {
        try {
          await call('members.delete', { id: member.id });
          void message.success(t('members.page.deleted'));
          onClose();
          onChanged();
        } catch (err) {
          void message.error(detailText(t, err));
        }
      },
    });

  const member = data?.member ?? null;
  const next = member ? NEXT_STATUSES[member.status] : [];
  const width = typeof window === 'undefined' ? 1200 : Math.min(1200, window.innerWidth - 32);
  const title =
    target?.kind === 'new' ? (
      t('members.page.newTitle')
    ) : member ? (
      <Space wrap>
        <span data-testid="member-page-name">{member.fullName}</span>
        <StatusTag status={member.status} />
      </Space>
    ) : (
      '\u00a0'
    );

  const extra = member && (
    <Space>
      <Tooltip
        title={
          next.length ? undefined : t('members.page.noTransition', { status: t(`members.statuses.${member.status}`) })
        }
      >
        <Button
          icon={<SwapOutlined />}
          disabled={!next.length}
          onClick={() => setStatusOpen(true)}
          data-testid="member-status-change"
        >
          {t('members.page.changeStatus')}
        </Button>
      </Tooltip>
      <Button danger icon={<DeleteOutlined />} onClick={() => confirmDelete(member)} data-testid="member-delete">
        {t('members.page.delete')}
      </Button>
    </Space>
  );

  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      size={width}
      title={title}
      extra={extra}
      destroyOnHidden
      closable={{ 'aria-label': t('members.page.close') }}
    >
      <div data-testid="member-page">
        {error && <Alert type="error" showIcon title={error} role="alert" />}
        {target?.kind === 'new' && <MemberForm member={null} units={units} onSaved={saved} onCancel={onClose} />}
        {id && !member && !error && <Skeleton active />}
        {member && data && (
          <Tabs
            items={[
              {
                key: 'record',
                label: <span data-testid="member-tab-record">{t('dues.history.record')}</span>,
                children: (
                  <Row gutter={24}>
                    <Col xs={24} xl={16}>
                      <MemberForm
                        key={`${member.id}:${member.updatedAt}`}
                        member={member}
                        units={units}
                        onSaved={saved}
                      />
                    </Col>
                    <Col xs={24} xl={8}>
                      <Card size="small" title={t('members.page.history')} className="ud-history-card">
                        <MemberTimeline history={data.history} />
                      </Card>
                    </Col>
                  </Row>
                ),
              },
              {
                key: 'dues',
                label: <span data-testid="member-tab-dues">{t('welfare.member.tab')}</span>,
                children: (
                  <>
                    <MemberDuesHistory memberId={member.id} />
                    <MemberSupportHistory member={member} />
                  </>
                ),
              },
            ]}
          />
        )}
        {member && (
          <StatusDialog
            member={member}
            open={statusOpen}
            onClose={() => setStatusOpen(false)}
            onDone={() => {
              setStatusOpen(false);
              void message.success(t('members.status.done'));
              onChanged();
              void load();
            }}
          />
        )}
      </div>
    </Drawer>
  );
}
