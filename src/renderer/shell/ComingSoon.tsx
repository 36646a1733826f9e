import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PageEntry } from './page';

/** An honest placeholder for an area of the roadmap that is not built yet: no fake data. */
export function ComingSoon({ page }: { page: PageEntry }) {
  const { t } = useTranslation();
  return (
    <Result
      icon={<span className="ud-coming-icon">{page.icon}</span>}
      title={`${t(page.label)} — ${t('coming.title')}`}
      subTitle={t(`coming.${page.key}`)}
      data-testid="coming-soon"
    />
  );
}
