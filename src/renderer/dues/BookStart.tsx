/**
 * Where the union's dues book in UnionDesk starts (the `duesLedgerStart` setting): arrears are counted back to
 * each member's admission month unless the union kept the months before on paper or in Excel, which it says here.
 */
import { DatePicker, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { detailText } from '../common/errors';
import { monthLabel } from './format';

export function BookStart({ onChanged }: { onChanged: (start: string | null) => void }) {
  const { t } = useTranslation();
  const { call } = useApi();
  const [start, setStart] = useState<string | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('settings.get', {}).then(
      (s) => live && setStart(s.duesLedgerStart),
      (err) => live && setError(detailText(t, err)),
    );
    return () => {
      live = false;
    };
  }, [call, t]);

  const save = async (value: string | null) => {
    try {
      const s = await call('settings.update', { duesLedgerStart: value });
      setStart(s.duesLedgerStart);
      setError(null);
      onChanged(s.duesLedgerStart);
    } catch (err) {
      setError(detailText(t, err));
    }
  };

  if (start === undefined && !error) return null;
  return (
    <Space wrap className="ud-dues-book-start" data-testid="dues-book-start-line">
      <label htmlFor="dues-book-start">{t('dues.arrears.bookStart')}</label>
      <DatePicker
        id="dues-book-start"
        picker="month"
        format="MM/YYYY"
        allowClear
        placeholder={t('dues.arrears.fromAdmission')}
        value={start ? dayjs(`${start}-01`) : null}
        onChange={(d) => void save(d ? d.format('YYYY-MM') : null)}
        data-testid="dues-book-start"
      />
      <Typography.Text type={error ? 'danger' : 'secondary'}>
        {error ??
          (start ? t('dues.arrears.bookStartHelp', { month: monthLabel(start) }) : t('dues.arrears.fromAdmissionHelp'))}
      </Typography.Text>
    </Space>
  );
}
