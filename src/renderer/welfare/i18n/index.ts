/** The welfare page's texts, and the member page's support history's. */
import { defineMessages } from '../../i18n/messages';
import { welfareEn } from './en';
import { welfareVi } from './vi';

export const welfareMessages = defineMessages({ welfare: welfareVi }, { welfare: welfareEn });
