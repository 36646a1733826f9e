import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useConnectionState } from './ConnectionContext';

/** Shown while the WebSocket to the core is down (web host only). */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const state = useConnectionState();
  if (state !== 'closed') return null;
  return <Alert banner type="error" title={t('app.disconnected')} data-testid="connection-banner" role="alert" />;
}
