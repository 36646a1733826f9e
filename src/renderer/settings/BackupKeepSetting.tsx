import { NumberSetting } from './NumberSetting';

const TEXTS = { label: 'backups.keep', help: 'backups.keepHelp', save: 'backups.keepSave', saved: 'backups.keepSaved' };

/** "số bản sao lưu tự động giữ lại" → settings.update { backupKeep } */
export function BackupKeepSetting() {
  return <NumberSetting name="backupKeep" min={1} max={365} texts={TEXTS} testId="backup-keep" />;
}
