/**
 * The member page's support history, shown under the dues history ("Lịch sử đóng góp, hỗ trợ"): every support the
 * member received with its voucher, the total, and paying a new one from here.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../common/FormError';
import { vnd } from '../funds/format';
import { useCommand } from '../funds/useCommand';
import { SupportDialog } from './SupportDialog';
import { SupportTable } from './SupportTable';
import '../funds/funds.css';

export function MemberSupportHistory({ member }: { member: { id: string; fullName: string } }) {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useCommand('welfare.supports', { memberId: member.id });
  const [adding, setAdding] = useState(false);
  const total = (data?.items ?? []).filter((s) => !s.cancelled).reduce((n, s) => n + s.amount, 0);
  return (
    <div data-testid="member-support-history" style={{ marginTop: 16 }}>
      <div className="ud-funds-toolbar">
        <Typography.Title level={5} className="ud-section-title" style={{ margin: 0 }}>
          {t('welfare.member.title')}
        </Typography.Title>
        {data && <span data-testid="member-support-total">{t('welfare.member.total', { amount: vnd(total) })}</span>}
        <div className="ud-funds-actions">
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="member-support-add">
            {t('welfare.member.add')}
          </Button>
        </div>
      </div>
      <FormError error={error} />
      <SupportTable items={data?.items ?? []} loading={loading && !data} pageSize={5} />
      {adding && (
        <SupportDialog member={member} onClose={() => setAdding(false)} onDone={() => (setAdding(false), reload())} />
      )}
    </div>
  );
}
