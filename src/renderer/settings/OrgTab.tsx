import { Alert, Divider, Skeleton, Typography } from 'antd';
import { DocumentTextsSetting } from '../documents/DocumentTextsSetting';
import { EmailConsentSetting } from './EmailConsentSetting';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutput } from '../../shared/contract';
import { useApi } from '../api/ApiContext';
import { errorText } from '../common/errors';
import { OrgProfileForm } from '../org/OrgProfileForm';
import { UpperLevelHistory } from '../org/UpperLevelHistory';

export function OrgTab({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const { call } = useApi();
  const [org, setOrg] = useState<CommandOutput<'org.get'> | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    call('org.get', {}).then(setOrg, (err) => setError(errorText(t, err)));
  }, [call, t]);
  useEffect(load, [load]);

  if (error) return <Alert type="error" showIcon title={error} />;
  if (!org) return <Skeleton active />;
  return (
    <div className="ud-narrow">
      <OrgProfileForm
        initial={org.profile}
        submitLabel={t('org.save')}
        onSaved={() => {
          load();
          onSaved();
        }}
      />
      <Divider />
      <Typography.Title level={5}>{t('org.history.title')}</Typography.Title>
      <UpperLevelHistory records={org.upperLevels} />
      <Divider />
      <EmailConsentSetting />
      <Divider />
      <DocumentTextsSetting />
    </div>
  );
}
