/** A new vault's first steps (members, profile, a document): each disappears once done, the card with the last. */
import { CheckCircleOutlined } from '@ant-design/icons';
import { Button, Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgProfile } from '../../shared/contract';
import type { OverviewReport } from '../../shared/overview-contract';

/** The profile fields a document's header and signature need (docs.create refuses without them). */
const PROFILE_NEEDED: (keyof OrgProfile)[] = ['name', 'upperLevelName', 'place', 'chairName'];

export interface StepTargets {
  members: () => void;
  profile: () => void;
  documents: () => void;
}

export function NextSteps({
  report,
  profile,
  go,
}: {
  report: OverviewReport;
  profile: OrgProfile | null;
  go: StepTargets;
}) {
  const { t } = useTranslation();
  const steps = [
    {
      key: 'import',
      done: report.members.total > 0,
      label: 'overview.steps.import',
      action: 'importGo',
      go: go.members,
    },
    {
      key: 'profile',
      done: PROFILE_NEEDED.every((k) => Boolean(profile?.[k])),
      label: 'overview.steps.profile',
      action: 'profileGo',
      go: go.profile,
    },
    {
      key: 'document',
      done: report.documents.total > 0,
      label: 'overview.steps.document',
      action: 'documentGo',
      go: go.documents,
    },
  ].filter((s) => !s.done);
  if (steps.length === 0) return null;
  return (
    <Card title={t('overview.steps.title')} data-testid="overview-steps">
      <Typography.Paragraph type="secondary">{t('overview.steps.intro')}</Typography.Paragraph>
      <List
        size="small"
        dataSource={steps}
        renderItem={(s) => (
          <List.Item
            data-testid={`overview-step-${s.key}`}
            actions={[
              <Button key="go" type="primary" onClick={s.go}>
                {t(`overview.steps.${s.action}`)}
              </Button>,
            ]}
          >
            <CheckCircleOutlined aria-hidden style={{ marginRight: 8 }} />
            {t(s.label)}
          </List.Item>
        )}
      />
    </Card>
  );
}
