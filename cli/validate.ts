import type { Framework, Problem } from '../src/index.js';
import { failureLine, plain, problemLine, say, tell, type Console } from './console.js';
import { loadFramework, tellUnusable } from './load-framework.js';

/** What `validate --json` prints for one file. */
interface ValidationReport {
  file: string;
  valid: boolean;
  id?: string;
  problems: Problem[];
}

/**
 * `merverdi validate <framework.json>…`: checks each framework file and lists every problem
 * with its JSON path. Returns the exit status: 1 when any file cannot be used (warnings alone
 * do not fail), else 0. With `json`, the reports go to standard output as one JSON array and
 * only a file that cannot be read is told on standard error.
 */
export async function validate(console: Console, files: readonly string[], json: boolean): Promise<number> {
  // The verdicts are the command's result: on screen they go to standard output.
  const screen: Console = json ? console : { ...console, err: console.out };
  let status = 0;
  const reports: ValidationReport[] = [];
  for (const file of files) {
    const loaded = await loadFramework(file);
    const { framework, problems } = loaded;
    if (!framework) status = 1;
    if (json) {
      if (loaded.failure) tell(console, failureLine(console, file, loaded.failure));
      reports.push({ file, valid: framework !== undefined, ...(framework ? { id: framework.id } : {}), problems });
    } else if (framework) {
      describeValid(screen, file, framework, problems);
    } else {
      tellUnusable(screen, loaded);
    }
  }
  if (json) console.out.write(`${JSON.stringify(reports, null, 2)}\n`);
  return status;
}

function describeValid(console: Console, file: string, framework: Framework, problems: readonly Problem[]): void {
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  const id = plain(framework.id);
  if (warnings.length === 0) {
    const criteria = framework.dimensions.reduce((sum, dimension) => sum + dimension.criteria.length, 0);
    const dimensions = framework.dimensions.length;
    tell(console, say(console, 'frameworkValid', { file: plain(file), id, dimensions, criteria }));
    return;
  }
  tell(console, say(console, 'frameworkValidWithWarnings', { file: plain(file), id, count: warnings.length }));
  for (const warning of warnings) tell(console, problemLine(console, warning));
}
