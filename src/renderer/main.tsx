/** Renderer entry: pick the transport (Electron preload or WebSocket), set up i18n, render the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Result } from 'antd';
import { App } from './app/App';
import { lockOnLeave } from './app/lockOnLeave';
import { Providers } from './app/Providers';
import './app/global.css';
import { createI18n } from './i18n';
import { createTransport } from './transport';

const i18n = createI18n();
document.documentElement.lang = i18n.language;
document.title = i18n.t('app.title');
i18n.on('languageChanged', () => {
  document.title = i18n.t('app.title');
});

const transport = createTransport();
lockOnLeave(transport);
const root = document.getElementById('root');
if (!root) throw new Error('#root missing');

createRoot(root).render(
  <StrictMode>
    <Providers transport={transport} i18n={i18n}>
      {transport.missingToken ? <Result status="403" title={i18n.t('app.missingToken')} /> : <App />}
    </Providers>
  </StrictMode>,
);
