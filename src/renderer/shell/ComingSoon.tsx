import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { PAGE_ICONS, type PageKey } from './nav';

/** An honest placeholder for an area of the roadmap that is not built yet: no fake data. */
export function ComingSoon({ area }: { area: PageKey }) {
  const { t } = useTranslation();
  return (
    <Result
      icon={<span className="ud-coming-icon">{PAGE_ICONS[area]}</span>}
      title={`${t(`nav.${area}`)} — ${t('coming.title')}`}
      subTitle={t(`coming.${area}`)}
      data-testid="coming-soon"
    />
  );
}
