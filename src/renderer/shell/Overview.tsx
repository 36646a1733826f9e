/**
 * Tổng quan: what a secretary looks at daily. The register's figures come from one aggregate read (overview.get);
 * the profile, the backups and the later domains' cards from their own reads. Real data only: a failing read hides
 * its part, never the page.
 */
import { Alert, Col, Row, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, OrgProfile } from '../../shared/contract';
import type { OverviewReport } from '../../shared/overview-contract';
import { useApi } from '../api/ApiContext';
import { errorText } from '../common/errors';
import { FundsOverviewCard } from '../funds/OverviewCard';
import { BackupCard } from '../overview/BackupCard';
import { CampaignCard, DuesCard, MeetingCard } from '../overview/DomainCards';
import { DocumentsCard } from '../overview/DocumentsCard';
import { MembersCard } from '../overview/MembersCard';
import { NextSteps } from '../overview/NextSteps';
import { ProfileCard } from '../overview/ProfileCard';
import { SyncCard } from '../overview/SyncCard';
import '../overview/overview.css';
import type { PageProps } from './page';

interface Loaded {
  profile: OrgProfile | null;
  backups: BackupInfo[];
  report: OverviewReport | null;
  reportError: string | null;
}

export function Overview({ open }: Pick<PageProps, 'open'>) {
  const { t } = useTranslation();
  const { call } = useApi();
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The user's today, by this computer's clock: the year of admissions and the month of dues follow it.
  const [today] = useState(() => dayjs().format('YYYY-MM-DD'));

  useEffect(() => {
    let live = true;
    const report = call('overview.get', { asOf: today }).then(
      (r) => ({ report: r, reportError: null }),
      (err: unknown) => ({ report: null, reportError: errorText(t, err) }),
    );
    Promise.all([call('org.get', {}), call('backup.list', {}), report]).then(
      ([org, backups, r]) => live && setData({ profile: org.profile, backups, ...r }),
      (err) => live && setError(errorText(t, err)),
    );
    return () => {
      live = false;
    };
  }, [call, t, today]);

  if (error) return <Alert type="error" showIcon title={error} />;
  if (!data) return <Skeleton active />;
  const { profile, backups, report, reportError } = data;

  return (
    <div data-testid="overview">
      <Typography.Title level={3} className="ud-page-title">
        {t('overview.title')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {report && (
          <Col span={24}>
            <NextSteps
              report={report}
              profile={profile}
              go={{
                members: () => open('members'),
                profile: () => open('settings', 'org'),
                documents: () => open('documents'),
              }}
            />
          </Col>
        )}
        <Col xs={24} xl={16}>
          <div className="ud-overview-stack">
            {reportError && <Alert type="warning" showIcon title={`${t('overview.loadError')} ${reportError}`} />}
            {report && <MembersCard report={report} onOpen={() => open('members')} />}
            {report && <DocumentsCard documents={report.documents} onOpen={(id) => open('documents', id)} />}
            <FundsOverviewCard onOpen={() => open('finance')} />
          </div>
        </Col>
        <Col xs={24} xl={8}>
          <div className="ud-overview-stack">
            <BackupCard backups={backups} onOpen={() => open('settings', 'backups')} />
            <SyncCard onOpen={() => open('settings', 'sync')} />
            <MeetingCard today={today} onOpen={(id) => open('meetings', id)} />
            {report && <DuesCard report={report} onOpen={() => open('dues')} />}
            <CampaignCard onOpen={() => open('bulletins')} />
            <ProfileCard profile={profile} onEdit={() => open('settings', 'org')} />
          </div>
        </Col>
      </Row>
    </div>
  );
}
