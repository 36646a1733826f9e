/**
 * Two passphrase inputs (new + repeat) with a strength meter; used by the wizard, recovery and settings. The repeat
 * is named after the first: form field `confirm`, label key `<labelKey>Confirm`, test id `<testId>-confirm`.
 */
import { Form, Input, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { passphraseStrength } from './strength';
import './vault.css';

const COLORS = ['#cf1322', '#ad2102', '#874d00', '#3f6600', '#237804'];
export const MIN_PASSPHRASE = 8;

interface Props {
  name: string;
  /** Translation key of the first input's label. */
  labelKey: string;
  testId: string;
  autoFocus?: boolean;
}

export function PassphraseFields({ name, labelKey, testId, autoFocus }: Props) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const value: string = Form.useWatch(name, form) ?? '';
  const score = passphraseStrength(value);
  return (
    <>
      <Form.Item
        name={name}
        label={t(labelKey)}
        className="ud-passphrase-item"
        rules={[
          { required: true, message: t('validation.required') },
          { min: MIN_PASSPHRASE, message: t('validation.tooShort', { min: MIN_PASSPHRASE }) },
          { max: 1024, message: t('validation.tooLong', { max: 1024 }) },
        ]}
        extra={
          <div data-testid={`${testId}-strength`} className="ud-strength">
            <Progress
              percent={value ? (score + 1) * 20 : 0}
              steps={5}
              showInfo={false}
              strokeColor={COLORS[score]}
              size={[48, 6]}
              aria-hidden
            />
            <div>
              {value && (
                <Typography.Text strong style={{ color: COLORS[score] }}>
                  {`${t('strength.label')}: ${t(`strength.levels.${score}`)}. `}
                </Typography.Text>
              )}
              <Typography.Text type="secondary">{t('strength.hint')}</Typography.Text>
            </div>
          </div>
        }
      >
        <Input.Password data-testid={testId} autoComplete="new-password" autoFocus={autoFocus} />
      </Form.Item>
      <Form.Item
        name="confirm"
        className="ud-passphrase-item"
        label={t(`${labelKey}Confirm`)}
        dependencies={[name]}
        rules={[
          { required: true, message: t('validation.required') },
          ({ getFieldValue }) => ({
            validator: (_, v) =>
              !v || v === getFieldValue(name) ? Promise.resolve() : Promise.reject(new Error(t('validation.mismatch'))),
          }),
        ]}
      >
        <Input.Password data-testid={`${testId}-confirm`} autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
