import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { rememberLanguage, type Language } from '../i18n';

/**
 * The button names the other language in that language ("English", "Tiếng Việt"). Its accessible name is that
 * visible text (voice control users say what they see), spoken in its own language; the hint is the tooltip.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next: Language = i18n.language === 'en' ? 'vi' : 'en';
  const toggle = () => {
    rememberLanguage(next);
    void i18n.changeLanguage(next);
  };
  return (
    <Button data-testid="lang-switch" icon={<GlobalOutlined />} onClick={toggle} title={t('lang.switchHint')}>
      <span lang={next}>{t('lang.switchTo')}</span>
    </Button>
  );
}
