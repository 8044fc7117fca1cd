import { BOUNDARIES_A } from './boundaries-a';
import { BOUNDARIES_B } from './boundaries-b';
import { DE_FR_NL } from './de-fr-nl';
import { EN } from './en';
import { ES_IT_PT_PL } from './es-it-pt-pl';
import { NORDIC_CS } from './nordic-cs';
import type { WrittenMail } from './types';
import { WORLD } from './world';

/**
 * Whole mails written by five authors (one per file), each told the contract's labels and the
 * boundaries between neighbouring ones, and none shown the classifier, the phrase banks or any
 * test set: 850 mails in 25 languages (world.ts: Russian, Ukrainian, Greek, Japanese, Chinese,
 * Korean, Arabic, Turkish, Hungarian, Romanian, Bulgarian and Hebrew).
 */
export const WRITTEN: WrittenMail[] = [...EN, ...DE_FR_NL, ...ES_IT_PT_PL, ...NORDIC_CS, ...WORLD, ...BOUNDARIES_A, ...BOUNDARIES_B];
