import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { rememberLanguage, type Language } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const toggle = () => {
    const next: Language = i18n.language === 'en' ? 'vi' : 'en';
    rememberLanguage(next);
    void i18n.changeLanguage(next);
  };
  return (
    <Button
      data-testid="lang-switch"
      icon={<GlobalOutlined />}
      onClick={toggle}
      title={t('lang.switchHint')}
      aria-label={t('lang.switchHint')}
    >
      {t('lang.switchTo')}
    </Button>
  );
}
