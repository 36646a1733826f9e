/** The finance page's texts (with the overview card's and the signers setting's). */
import { defineMessages } from '../../i18n/messages';
import { fundsEn } from './en';
import { fundsVi } from './vi';

export const fundsMessages = defineMessages({ funds: fundsVi }, { funds: fundsEn });
