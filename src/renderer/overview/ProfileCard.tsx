/** The union's profile as the settings hold it, with a way to edit it there. */
import { Button, Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgProfile } from '../../shared/contract';

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

export function ProfileCard({ profile, onEdit }: { profile: OrgProfile | null; onEdit: () => void }) {
  const { t } = useTranslation();
  return (
    <Card title={t('overview.profile')} extra={<Button onClick={onEdit}>{t('overview.editProfile')}</Button>}>
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
  );
}
