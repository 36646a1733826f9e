/** The dues page's texts, and the member page's "Lịch sử đóng góp" tab's. */
import { defineMessages } from '../../i18n/messages';
import { duesEn } from './en';
import { duesVi } from './vi';

export const duesMessages = defineMessages({ dues: duesVi }, { dues: duesEn });
