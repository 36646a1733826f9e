/**
 * Around each page: a loading state while its chunk arrives, and a way out when the chunk cannot load (the app was
 * updated underneath a running window, a file went missing) instead of a blank window.
 */
import { Button, Result, Spin } from 'antd';
import { Component, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="ud-center" data-testid="page-loading">
      <Spin size="large" />
      <div className="ud-muted">{t('shell.loadingPage')}</div>
    </div>
  );
}

function PageFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('shell.pageFailed')}
      subTitle={t('shell.pageFailedHint')}
      extra={
        <Button type="primary" onClick={onRetry}>
          {t('app.retry')}
        </Button>
      }
      data-testid="page-failed"
    />
  );
}

class PageBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    // React.lazy remembers a failed import: only a reload of the window asks for the chunk again.
    if (this.state.failed) return <PageFailed onRetry={() => window.location.reload()} />;
    return this.props.children;
  }
}

/** Keyed by page in the shell, so a failure on one page does not stick to the next. */
export function PageFrame({ children }: { children: ReactNode }) {
  return (
    <PageBoundary>
      <Suspense fallback={<PageLoading />}>{children}</Suspense>
    </PageBoundary>
  );
}
