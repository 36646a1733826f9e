/** The texts of Tổng quan, of saving and restoring backup files, and of Kiểm tra (loaded with the overview page). */
import { defineMessages } from '../../i18n/messages';
import { backupFilesEn, doctorEn, overviewEn } from './en';
import { backupFilesVi, doctorVi, overviewVi } from './vi';

export const overviewMessages = defineMessages(
  { overview: overviewVi, backupFiles: backupFilesVi, doctor: doctorVi },
  { overview: overviewEn, backupFiles: backupFilesEn, doctor: doctorEn },
);
