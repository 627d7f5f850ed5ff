import { assessmentMessages } from '../assessment/assessment.messages.js';
import { en as assessmentEn } from '../assessment/assessment.messages.en.js';
import { nn as assessmentNn } from '../assessment/assessment.messages.nn.js';
import { radarMessages } from '../radar/radar.messages.js';
import { en as radarEn } from '../radar/radar.messages.en.js';
import { nn as radarNn } from '../radar/radar.messages.nn.js';
import { provideLanguage } from './language-packs.js';

/**
 * Every language of the tables that otherwise load on demand (language-packs.ts), provided
 * at once. The package's `define` modules import this: a server renders synchronously, and a
 * bundler that builds a kommune's own page splits code as it sees fit. The CDN build swaps
 * this module for `on-demand-languages.ts` (vite.config.ts), so that its start-up file
 * carries bokmål only.
 */
provideLanguage(assessmentMessages, 'nn', assessmentNn);
provideLanguage(assessmentMessages, 'en', assessmentEn);
provideLanguage(radarMessages, 'nn', radarNn);
provideLanguage(radarMessages, 'en', radarEn);
