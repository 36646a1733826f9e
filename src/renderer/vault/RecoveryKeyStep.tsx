/** The recovery key, shown once: copy, print, and a required "I have saved it" before continuing. */
import { CopyOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Alert, Button, Checkbox, Space, Typography } from 'antd';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { downloadBase64 } from '../api/download';
import { copySecret } from '../common/clipboard';

export function RecoveryKeyStep({ recoveryKey, onContinue }: { recoveryKey: string; onContinue: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [saved, setSaved] = useState(false);
  const { call } = useApi();
  const [making, setMaking] = useState(false);

  // The core checks the key against the vault and lays out an A4 "phiếu khôi phục" to print and file away.
  const sheet = async () => {
    setMaking(true);
    try {
      const pdf = await call('vault.recoverySheet', { recoveryKey });
      downloadBase64(pdf.fileName, pdf.base64);
    } catch {
      void message.error(t('wizard.recovery.sheetFailed'));
    } finally {
      setMaking(false);
    }
  };

  const copy = async () => {
    try {
      await copySecret(recoveryKey); // cleared from the clipboard after a minute
      void message.success(t('wizard.recovery.copied'));
    } catch {
      void message.error(t('wizard.recovery.copyFailed'));
    }
  };

  return (
    <div>
      <Alert type="warning" showIcon title={t('wizard.recovery.intro')} description={t('wizard.recovery.advice')} />
      <div className="ud-print-area">
        <div className="ud-print-only">
          <h2>{t('wizard.recovery.printTitle')}</h2>
          <p>{t('app.title')}</p>
        </div>
        <div
          className="ud-recovery-key"
          data-testid="recovery-key"
          aria-label={t('wizard.steps.recovery')}
          style={{ wordBreak: 'normal', overflowWrap: 'normal' }}
        >
          {/* Each group whole on its line (printed, a group once broke in two); a line may end after a hyphen. */}
          {recoveryKey.split('-').map((group, i, all) => (
            <Fragment key={i}>
              <span className="ud-recovery-group" style={{ whiteSpace: 'nowrap' }}>
                {i < all.length - 1 ? `${group}-` : group}
              </span>
              {i < all.length - 1 && <wbr />}
            </Fragment>
          ))}
        </div>
        <p className="ud-print-only">{t('wizard.recovery.intro')}</p>
      </div>
      <Space className="ud-no-print" wrap>
        <Button icon={<CopyOutlined />} onClick={copy} data-testid="recovery-copy">
          {t('wizard.recovery.copy')}
        </Button>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="recovery-print">
          {t('wizard.recovery.print')}
        </Button>
        <Button icon={<FilePdfOutlined />} onClick={sheet} loading={making} data-testid="recovery-sheet">
          {t('wizard.recovery.sheet')}
        </Button>
      </Space>
      <div className="ud-recovery-confirm ud-no-print">
        <Checkbox checked={saved} onChange={(e) => setSaved(e.target.checked)} data-testid="recovery-saved">
          <Typography.Text strong>{t('wizard.recovery.saved')}</Typography.Text>
        </Checkbox>
      </div>
      <Button
        type="primary"
        disabled={!saved}
        onClick={onContinue}
        data-testid="wizard-continue"
        className="ud-no-print"
      >
        {t('wizard.recovery.continue')}
      </Button>
    </div>
  );
}
