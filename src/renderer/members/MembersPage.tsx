/** Đoàn viên: the register and the union groups, as two tabs (#/members, #/members/units). */
import { Tabs, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageProps } from '../shell/page';
import { RegisterView } from './RegisterView';
import { UnitsEditor } from './UnitsEditor';
import { useUnits } from './useUnits';
import './members.css';

const TABS = ['register', 'units'] as const;

export function MembersPage({ sub: tab, onSub: onTab }: Pick<PageProps, 'sub' | 'onSub'>) {
  const { t } = useTranslation();
  const { units, error, reload } = useUnits();
  const [unitsVersion, setUnitsVersion] = useState(0);
  // The register's buttons sit right of the page title (RegisterView renders them there): not in the tab bar, whose
  // role is tablist and may hold only tabs, and which collapsed its tabs to "···" when zoomed for want of room.
  const [actionsSlot, setActionsSlot] = useState<HTMLDivElement | null>(null);
  const active = tab === 'units' ? 'units' : 'register';

  const unitsEdited = useCallback(async () => {
    await reload();
    setUnitsVersion((v) => v + 1);
  }, [reload]);

  return (
    <div data-testid="members-page">
      <div className="ud-page-head">
        <Typography.Title level={3} className="ud-page-title">
          {t('members.title')}
        </Typography.Title>
        {active === 'register' && <div ref={setActionsSlot} className="ud-page-actions" />}
      </div>
      <Tabs
        activeKey={active}
        onChange={(key) => onTab(key === 'register' ? undefined : key)}
        items={TABS.map((key) => ({
          key,
          label: <span data-testid={`members-tab-${key}`}>{t(`members.tabs.${key}`)}</span>,
          children:
            key === 'register' ? (
              <RegisterView
                units={units ?? []}
                unitsVersion={unitsVersion}
                onUnitsChanged={() => void reload()}
                actionsSlot={active === 'register' ? actionsSlot : null}
              />
            ) : (
              <UnitsEditor units={units} loadError={error} onChanged={unitsEdited} />
            ),
        }))}
      />
    </div>
  );
}
