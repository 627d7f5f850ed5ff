/**
 * Registers every merverdi element under its `mv-` tag. Each registration is guarded, so
 * loading this twice does not throw.
 */
import './assessment/define.js';
import './radar/define.js';

export * from './index.js';
