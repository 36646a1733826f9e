/**
 * The page as it will print: the core's HTML rendering in a frame that runs no scripts (no allow-scripts), scaled to
 * the pane. allow-same-origin lets the pane keep its scroll position and fit the frame to the page's height across
 * updates; the frame can still run nothing and navigate nowhere.
 */
import { ExpandOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Spin, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewState } from './usePreview';

/** A4 at 96 px per inch, plus a little room for the grey margin around the page. */
const PAGE_PX = 816;

/** Shown on screen only: the page as a sheet of A4 paper on a grey desk (the printed file is not touched). */
const SHEET_STYLE =
  '<style>body{padding:1px 0}.ud-doc{min-height:297mm;margin:12px auto!important;box-shadow:0 1px 6px rgba(0,0,0,.28)}</style>';

export function asSheet(html: string): string {
  const at = html.indexOf('</head>');
  return at < 0 ? SHEET_STYLE + html : html.slice(0, at) + SHEET_STYLE + html.slice(at);
}

export function PreviewPane({ preview }: { preview: PreviewState }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const [scale, setScale] = useState(0.6);
  const [height, setHeight] = useState(1123);
  const [zoomed, setZoomed] = useState(false);
  const sheet = useMemo(() => (preview.html === null ? null : asSheet(preview.html)), [preview.html]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      const w = el.clientWidth;
      if (Number.isFinite(w) && w > 0) setScale(Math.min(1, (w - 2) / PAGE_PX));
    };
    measure();
    const observer = typeof ResizeObserver !== 'undefined' ? new ResizeObserver(measure) : null;
    observer?.observe(el);
    return () => observer?.disconnect();
  }, []);

  const fit = () => {
    try {
      const doc = frame.current?.contentDocument;
      // The body's height, not the document's (that is at least the frame's own height and would never shrink).
      const h = doc?.body?.scrollHeight ?? 0;
      if (Number.isFinite(h) && h > 0) setHeight(h);
    } catch {
      /* not same-origin (should not happen): keep the last height */
    }
  };

  return (
    <div className="ud-preview" ref={box}>
      {preview.error && (
        <Alert
          type="warning"
          showIcon
          title={t('documents.preview.failed', { message: preview.error })}
          className="ud-form-alert"
        />
      )}
      {preview.incomplete && (
        <Alert type="info" showIcon title={t('documents.preview.incomplete')} className="ud-form-alert" />
      )}
      <div className="ud-preview-status">
        <span aria-live="polite">
          {preview.loading ? (
            <Typography.Text type="secondary">
              <Spin size="small" /> {t('documents.preview.loading')}
            </Typography.Text>
          ) : null}
        </span>
        <Button
          size="small"
          type="text"
          icon={<ExpandOutlined />}
          disabled={sheet === null}
          onClick={() => setZoomed(true)}
          data-testid="doc-preview-zoom"
        >
          {t('documents.preview.zoom')}
        </Button>
      </div>
      {sheet !== null ? (
        <div className="ud-preview-page" style={{ height: height * scale }}>
          <iframe
            ref={frame}
            title={t('documents.preview.frameTitle')}
            sandbox="allow-same-origin"
            srcDoc={sheet}
            onLoad={fit}
            data-testid="doc-preview"
            className="ud-preview-frame"
            style={{ width: PAGE_PX, height, transform: `scale(${scale})` }}
          />
        </div>
      ) : (
        <div className="ud-preview-empty" data-testid="doc-preview-empty">
          {!preview.error && <Spin />}
        </div>
      )}
      <Modal
        open={zoomed}
        onCancel={() => setZoomed(false)}
        footer={null}
        width={880}
        title={t('documents.preview.frameTitle')}
        destroyOnHidden
      >
        {sheet !== null && (
          <iframe
            title={t('documents.preview.frameTitle')}
            sandbox=""
            srcDoc={sheet}
            className="ud-preview-zoom-frame"
            data-testid="doc-preview-full"
          />
        )}
      </Modal>
    </div>
  );
}
