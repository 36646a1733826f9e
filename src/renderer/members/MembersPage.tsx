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
  // The register's buttons sit at the right of the tab bar (RegisterView renders them there).
  const [actionsSlot, setActionsSlot] = useState<HTMLDivElement | null>(null);
  const active = tab === 'units' ? 'units' : 'register';

  const unitsEdited = useCallback(async () => {
    await reload();
    setUnitsVersion((v) => v + 1);
  }, [reload]);

  return (
    <div data-testid="members-page">
      <Typography.Title level={3} className="ud-page-title">
        {t('members.title')}
      </Typography.Title>
      <Tabs
        activeKey={active}
        onChange={(key) => onTab(key === 'register' ? undefined : key)}
        tabBarExtraContent={active === 'register' ? <div ref={setActionsSlot} className="ud-tab-actions" /> : null}
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
