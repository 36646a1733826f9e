/** The frame of the screens before the shell: wizard, unlock, recovery. */
import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

export function AuthLayout({ title, wide, children }: { title: string; wide?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="ud-auth">
      <header className="ud-auth-top">
        <Typography.Text strong className="ud-brand">
          {t('app.title')}
        </Typography.Text>
        <LanguageSwitch />
      </header>
      <main className="ud-auth-main">
        <Card className={wide ? 'ud-auth-card ud-auth-card-wide' : 'ud-auth-card'}>
          <Typography.Title level={3}>{title}</Typography.Title>
          {children}
        </Card>
      </main>
    </div>
  );
}
