import { BOUNDARIES_A } from './boundaries-a';
import { BOUNDARIES_B } from './boundaries-b';
import { BULK_C } from './bulk-c';
import { DE_FR_NL } from './de-fr-nl';
import { EN } from './en';
import { ES_IT_PT_PL } from './es-it-pt-pl';
import { NORDIC_CS } from './nordic-cs';
import { PEOPLE_D } from './people-d';
import { TRADES_A } from './trades-a';
import { TRADES_B } from './trades-b';
import type { WrittenMail } from './types';
import { WORLD } from './world';

/**
 * Whole mails written by ten authors (one per file), each told the contract's labels and the
 * boundaries between neighbouring ones, and none shown the classifier, the phrase banks or any
 * test set: 2,100 mails in about 40 languages. The first 850 (five authors, 25 languages;
 * world.ts: Russian, Ukrainian, Greek, Japanese, Chinese, Korean, Arabic, Turkish, Hungarian,
 * Romanian, Bulgarian and Hebrew), boundaries-a/-b (the hard label boundaries), trades-a/-b (the
 * inboxes of small non-software businesses: caterers, trades, shops, workshops, practices), bulk-c
 * (automated and money mail: spam dressed as newsletters and notifications, invoice vs receipt).
 */
export const WRITTEN: WrittenMail[] = [...EN, ...DE_FR_NL, ...ES_IT_PT_PL, ...NORDIC_CS, ...WORLD, ...BOUNDARIES_A, ...BOUNDARIES_B, ...TRADES_A, ...TRADES_B, ...BULK_C, ...PEOPLE_D];
