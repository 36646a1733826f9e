import { NumberSetting } from './NumberSetting';

const TEXTS = {
  label: 'security.idleLock',
  help: 'security.idleLockHelp',
  save: 'security.idleLockSave',
  saved: 'security.idleLockSaved',
};

/** "Tự khoá sau … phút không sử dụng" (0 = không tự khoá) → settings.update { idleLockMinutes } */
export function IdleLockSetting() {
  return <NumberSetting name="idleLockMinutes" min={0} max={1440} texts={TEXTS} testId="idle-lock-minutes" />;
}
