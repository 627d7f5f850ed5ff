#!/usr/bin/env node
/**
 * `npx merverdi`: checks frameworks, re-scores and ranks assessments, and bundles them into a
 * library file, on a kommune's server or an official's laptop, with the very core the widget
 * uses. See `merverdi --help`.
 */
import { run } from './run.js';

process.exitCode = await run(process.argv.slice(2), { out: process.stdout, err: process.stderr });
