import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { normalizeLang, type Lang } from '../src/index.js';
import { bundle } from './bundle.js';
import { plain, say, tell, type Console } from './console.js';
import { requireFramework } from './load-framework.js';
import { score, type Output } from './score.js';
import { validate } from './validate.js';

/** Exit statuses: all well; a file had problems; the command was used wrongly. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

const OPTIONS = {
  csv: { type: 'boolean' },
  json: { type: 'boolean' },
  by: { type: 'string' },
  out: { type: 'string', short: 'o' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

/**
 * Runs `merverdi` with its command-line arguments and returns the exit status. Results go to
 * `out`, everything said about files to `err`; nothing throws for a bad file or a wrong option.
 */
export async function run(args: readonly string[], streams: Pick<Console, 'out' | 'err'>): Promise<number> {
  const console: Console = { lang: 'en', ...streams };
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // The language option may itself be what is wrong; the message is then in English.
    console.lang = languageOf(args) ?? 'en';
    tell(console, say(console, 'badOption', { detail: plain((error as Error).message) }));
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined) {
    const lang = normalizeLang(values.lang);
    if (!lang) {
      tell(console, say(console, 'badLang', { lang: plain(values.lang) }));
      return EXIT_USAGE;
    }
    console.lang = lang;
  }
  if (values.version) {
    console.out.write(`${await packageVersion()}\n`);
    return EXIT_OK;
  }
  const [command, ...operands] = positionals;
  if (values.help || command === 'help') {
    console.out.write(`${say(console, 'usage')}\n`);
    return EXIT_OK;
  }
  if (values.csv && values.json) {
    tell(console, say(console, 'csvAndJson'));
    return EXIT_USAGE;
  }
  const output: Output = values.csv ? 'csv' : values.json ? 'json' : 'text';

  switch (command) {
    case undefined:
      tell(console, say(console, 'noCommand'));
      return EXIT_USAGE;
    case 'validate':
      if (operands.length === 0) return usage(console, 'needFramework', command);
      return validate(console, operands, output === 'json');
    case 'score':
    case 'bundle': {
      const [frameworkPath, ...inputs] = operands;
      if (frameworkPath === undefined) return usage(console, 'needFramework', command);
      if (inputs.length === 0) return usage(console, 'needAssessments', command);
      if (command === 'bundle' && values.out === undefined) return usage(console, 'needOut', command);
      const framework = await requireFramework(console, frameworkPath);
      if (!framework) return EXIT_PROBLEMS;
      if (command === 'bundle') {
        return bundle(console, { framework, frameworkPath, inputs, out: values.out as string });
      }
      const by = values.by ?? 'overall';
      const axes = framework.dimensions.map((dimension) => dimension.id);
      if (by !== 'overall' && !axes.includes(by)) {
        tell(console, say(console, 'unknownAxis', { axis: plain(by), axes: axes.map(plain).join(', ') }));
        return EXIT_USAGE;
      }
      return score(console, { framework, frameworkPath, inputs, by, output });
    }
    default:
      tell(console, say(console, 'unknownCommand', { command: plain(command) }));
      return EXIT_USAGE;
  }
}

function usage(console: Console, key: 'needFramework' | 'needAssessments' | 'needOut', command: string): number {
  tell(console, say(console, key, { command }));
  return EXIT_USAGE;
}

/** The `--lang` given, read by hand when the arguments as a whole could not be parsed. */
function languageOf(args: readonly string[]): Lang | undefined {
  const index = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (index === -1) return undefined;
  const arg = args[index] as string;
  return normalizeLang(arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[index + 1]);
}

/** The installed package's version, read from its package.json (two folders up from dist/cli/). */
async function packageVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
