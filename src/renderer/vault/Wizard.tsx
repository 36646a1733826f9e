/** First run: 1) create the vault, 2) show the recovery key once, 3) the organisation profile. */
import { Steps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../app/App';
import { AuthLayout } from '../app/AuthLayout';
import { OrgProfileForm } from '../org/OrgProfileForm';
import { CreateVaultStep } from './CreateVaultStep';
import { RecoveryKeyStep } from './RecoveryKeyStep';

interface Props {
  status: AppStatus;
  /** The vault exists and is open but the profile is missing (setup was interrupted): start at step 3. */
  resume: boolean;
  onDone: () => void;
}

export function Wizard({ status, resume, onDone }: Props) {
  const { t } = useTranslation();
  const [step, setStep] = useState(resume ? 2 : 0);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  return (
    <AuthLayout title={t('wizard.title')} wide>
      <Steps
        current={step}
        className="ud-steps"
        items={[
          { title: t('wizard.steps.vault') },
          { title: t('wizard.steps.recovery') },
          { title: t('wizard.steps.org') },
        ]}
      />
      {step === 0 && (
        <CreateVaultStep
          keystoreAvailable={status.keystoreAvailable}
          onCreated={(key) => {
            setRecoveryKey(key);
            setStep(1);
          }}
        />
      )}
      {step === 1 && recoveryKey && (
        <RecoveryKeyStep
          recoveryKey={recoveryKey}
          onContinue={() => {
            setRecoveryKey(null);
            setStep(2);
          }}
        />
      )}
      {step === 2 && (
        <>
          <Typography.Paragraph>{t('wizard.org.intro')}</Typography.Paragraph>
          <OrgProfileForm initial={null} submitLabel={t('wizard.org.finish')} onSaved={onDone} />
        </>
      )}
    </AuthLayout>
  );
}
