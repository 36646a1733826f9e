/**
 * A rule or base-salary change is first asked as a dry run; what it would do to the open months (total before →
 * after) and which closed months it leaves alone is shown, and only "Lưu thay đổi" saves it.
 */
import type { App } from 'antd';
import type { TFunction } from 'i18next';
import type { CommandOutput } from '../../shared/contract';
import { monthLabel, vnd } from './format';

type ModalApi = ReturnType<typeof App.useApp>['modal'];

export type Impact = CommandOutput<'dues.setRule'>;

/** `onError` gets a refusal of the real save (the modal then closes: the form shows the sentence). */
export function confirmImpact(
  modal: ModalApi,
  t: TFunction,
  impact: Impact,
  onOk: () => Promise<void>,
  onError: (err: unknown) => void,
) {
  modal.confirm({
    title: t('dues.rules.impactTitle'),
    width: 520,
    content: (
      <div data-testid="dues-impact">
        {impact.changedMonths.length === 0 ? (
          <p>{t('dues.rules.impactNone')}</p>
        ) : (
          <>
            <p>{t('dues.rules.impactMonths')}</p>
            <ul>
              {impact.changedMonths.map((m) => (
                <li key={m.month} data-testid="dues-impact-month">
                  {t('dues.rules.impactRow', {
                    month: monthLabel(m.month),
                    before: vnd(m.totalBefore),
                    after: vnd(m.totalAfter),
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
        {impact.closedMonths.length > 0 && (
          <p className="ud-muted">
            {t('dues.rules.impactClosed', { months: impact.closedMonths.map(monthLabel).join(', ') })}
          </p>
        )}
      </div>
    ),
    okText: t('dues.rules.impactOk'),
    okButtonProps: { 'data-testid': 'dues-impact-ok' },
    cancelText: t('dues.ledger.cancel'),
    onOk: () => onOk().catch(onError),
  });
}
