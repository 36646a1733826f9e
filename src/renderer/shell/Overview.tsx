/** Tổng quan: the union profile and the latest backup — real data only. */
import { Alert, Button, Card, Col, Descriptions, Row, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, OrgProfile } from '../../shared/contract';
import { useApi } from '../api/ApiContext';
import { errorText } from '../common/errors';
import { formatDateTime } from '../app/format';
import { FundsOverviewCard } from '../funds/OverviewCard';
import type { PageProps } from './page';

const SHOWN: (keyof OrgProfile)[] = [
  'name',
  'shortName',
  'enterprise',
  'address',
  'place',
  'upperLevelName',
  'chairName',
  'term',
];

export function Overview({ open }: Pick<PageProps, 'open'>) {
  const onOpenSettings = (tab: string) => open('settings', tab);
  const { t } = useTranslation();
  const { call } = useApi();
  const [data, setData] = useState<{ profile: OrgProfile | null; backups: BackupInfo[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([call('org.get', {}), call('backup.list', {})]).then(
      ([org, backups]) => live && setData({ profile: org.profile, backups }),
      (err) => live && setError(errorText(t, err)),
    );
    return () => {
      live = false;
    };
  }, [call, t]);

  if (error) return <Alert type="error" showIcon title={error} />;
  if (!data) return <Skeleton active />;
  const { profile, backups } = data;
  const latest = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];

  return (
    <div>
      <Typography.Title level={3} className="ud-page-title">
        {t('overview.title')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card
            title={t('overview.profile')}
            extra={<Button onClick={() => onOpenSettings('org')}>{t('overview.editProfile')}</Button>}
          >
            {profile ? (
              <Descriptions
                column={1}
                size="small"
                data-testid="overview-profile"
                items={[
                  ...SHOWN.filter((k) => profile[k]).map((k) => ({
                    key: k,
                    label: t(`org.fields.${k}`),
                    children: String(profile[k]),
                  })),
                  ...(profile.upperLevelType
                    ? [
                        {
                          key: 'upperLevelType',
                          label: t('org.fields.upperLevelType'),
                          children: t(`org.types.${profile.upperLevelType}`),
                        },
                      ]
                    : []),
                ]}
              />
            ) : (
              <Typography.Text type="secondary">{t('overview.noProfile')}</Typography.Text>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card
            title={t('overview.lastBackup')}
            extra={<Button onClick={() => onOpenSettings('backups')}>{t('settings.tabs.backups')}</Button>}
          >
            {latest ? (
              <>
                <Typography.Title level={4} data-testid="overview-last-backup">
                  {formatDateTime(latest.createdAt)}
                </Typography.Title>
                <Typography.Text type="secondary">
                  {t('overview.backupCount', { count: backups.length })}
                </Typography.Text>
              </>
            ) : (
              <Typography.Text type="secondary">{t('overview.noBackup')}</Typography.Text>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={16}>
          <FundsOverviewCard onOpen={() => open('finance')} />
        </Col>
      </Row>
    </div>
  );
}
