/**
 * The email as sent (bulletins.render 'email', its images as data: URLs here only), at phone width (375 px) or
 * desktop width (800 px). It runs in a sandboxed iframe with no permissions at all (sandbox="", srcdoc): no script
 * of the email can run, nothing of the app is reachable from it.
 */
import { MobileOutlined, DesktopOutlined } from '@ant-design/icons';
import { Alert, Segmented, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { base64ToText } from '../api/download';
import { detailText } from '../common/errors';
import { formatCount } from './numbers';

const WIDTHS = { phone: 375, desktop: 800 } as const;
type Width = keyof typeof WIDTHS;
const GMAIL_CLIP_BYTES = 100 * 1024;

export function EmailPreview({ bulletinId, version }: { bulletinId: string; version: number }) {
  const { t, i18n } = useTranslation();
  const { call } = useApi();
  const [width, setWidth] = useState<Width>('phone');
  const [html, setHtml] = useState<{ text: string; bytes: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setHtml(null);
    setError(null);
    call('bulletins.render', { id: bulletinId, format: 'email' }).then(
      // The size Gmail counts is the HTML as sent: its images travel as parts of their own, not in the HTML.
      (f) => live && setHtml({ text: base64ToText(f.base64), bytes: f.sentBytes ?? f.bytes }),
      (err) => live && setError(detailText(t, err)),
    );
    return () => {
      live = false;
    };
  }, [call, bulletinId, version, t]);

  return (
    <div className="ud-email-preview" data-testid="email-preview">
      <div className="ud-bulletin-toolbar">
        <Segmented<Width>
          value={width}
          onChange={setWidth}
          options={[
            {
              value: 'phone',
              icon: <MobileOutlined />,
              label: <span data-testid="preview-phone">{t('bulletins.preview.phone')}</span>,
            },
            {
              value: 'desktop',
              icon: <DesktopOutlined />,
              label: <span data-testid="preview-desktop">{t('bulletins.preview.desktop')}</span>,
            },
          ]}
        />
        {html && (
          <span className="ud-muted" data-testid="preview-size">
            {t('bulletins.preview.size', { kb: formatCount(html.bytes / 1024, i18n.language) })}
          </span>
        )}
      </div>
      {error && <Alert type="error" showIcon title={error} data-testid="preview-error" />}
      {html && html.bytes > GMAIL_CLIP_BYTES && (
        <Alert type="warning" showIcon title={t('bulletins.preview.tooBig')} data-testid="preview-too-big" />
      )}
      {!html && !error && <Skeleton active />}
      {html && (
        <div className="ud-email-frame-wrap">
          <iframe
            title={t('bulletins.preview.frameTitle')}
            sandbox=""
            srcDoc={html.text}
            width={WIDTHS[width]}
            className="ud-email-frame"
            style={{ width: WIDTHS[width] }}
            data-testid="preview-frame"
            data-width={WIDTHS[width]}
          />
        </div>
      )}
    </div>
  );
}
