import * as common from '../problems/common-messages.js';
import type { FrameworkMessages } from './check-framework.js';
import * as framework from './framework-messages.js';

/**
 * Every message the framework validator can give, in bokmål, nynorsk and English. A module
 * of its own so that the widget can load it only when a framework has errors to show.
 */
export const frameworkTexts: FrameworkMessages = { ...common, ...framework };
