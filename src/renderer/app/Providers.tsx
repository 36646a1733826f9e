import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import type { i18n as I18n } from 'i18next';
import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Transport } from '../transport';
import { ApiProvider } from '../api/ApiContext';
import { ConnectionProvider } from './ConnectionContext';
import { theme } from './theme';

/** Everything a screen needs around it: the API, the connection state, i18n and antd in the current language. */
export function Providers({ transport, i18n, children }: { transport: Transport; i18n: I18n; children: ReactNode }) {
  const [lang, setLang] = useState(i18n.language);
  useEffect(() => {
    const onChange = (l: string) => setLang(l);
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  }, [i18n]);
  return (
    <I18nextProvider i18n={i18n}>
      <ConfigProvider locale={lang === 'en' ? enUS : viVN} theme={theme}>
        <AntApp>
          <ApiProvider raw={transport.api}>
            <ConnectionProvider monitor={transport.connection}>{children}</ConnectionProvider>
          </ApiProvider>
        </AntApp>
      </ConfigProvider>
    </I18nextProvider>
  );
}
