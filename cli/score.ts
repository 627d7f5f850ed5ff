import { rankAssessments, type Answer, type Assessment, type Framework, type Problem, type RankKey } from '../src/index.js';
import { plain, say, tell, type Console } from './console.js';
import { rankingCsv, rankingJson, rankingText, type RankingRow } from './ranking-table.js';
import { readAssessments, type Source } from './read-assessments.js';

/** How `score` writes its result. */
export type Output = 'text' | 'csv' | 'json';

export interface ScoreOptions {
  framework: Framework;
  /** The framework file, left out when a folder of inputs holds it. */
  frameworkPath: string;
  inputs: readonly string[];
  by: RankKey;
  output: Output;
}

/** A document that was rejected, as `--json` lists it. */
interface Rejected {
  file: string;
  item?: number;
  problems: Problem[];
}

/**
 * `merverdi score <framework.json> <assessments…>`: re-scores every assessment from its
 * answers (stored scores are never trusted) and prints the ranking the comparison view
 * shows, by the overall score or one area. A bad file gets one line on standard error and
 * makes the exit status 1; the good ones are ranked all the same.
 */
export async function score(console: Console, options: ScoreOptions): Promise<number> {
  const { framework } = options;
  const entries: Assessment[] = [];
  const sources: Source[] = [];
  const rejected: Rejected[] = [];
  for await (const read of readAssessments(console, framework, options.inputs, [options.frameworkPath])) {
    if ('assessment' in read) {
      entries.push(rankingEntry(read.assessment));
      sources.push(read.source);
    } else {
      tell(console, read.line);
      rejected.push({ ...read.source, problems: read.problems });
    }
  }

  const rows: RankingRow[] = rankAssessments(framework, entries, options.by, 'descending').map((ranked) => ({
    ranked,
    source: sources[ranked.index] as Source,
  }));

  if (options.output === 'json') {
    const result = {
      framework: { id: framework.id, ...(framework.revision ? { revision: framework.revision } : {}) },
      rankedBy: options.by,
      ranking: rows.map(rankingJson),
      rejected,
    };
    console.out.write(`${JSON.stringify(result, null, 2)}\n`);
  } else if (options.output === 'csv') {
    console.out.write(rankingCsv(console, framework, rows));
  } else if (rows.length === 0) {
    tell(console, say(console, 'nothingToRank'));
  } else {
    const dimension = framework.dimensions.find((candidate) => candidate.id === options.by);
    const key = dimension ? plain(dimension.id) : say(console, 'overallKey');
    console.out.write(`${say(console, 'rankingTitle', { key, id: plain(framework.id) })}\n\n`);
    console.out.write(`${rankingText(console, framework, rows)}\n`);
  }
  if (options.output === 'text' || rejected.length > 0) {
    tell(console, say(console, 'scoredSummary', { good: rows.length, bad: rejected.length }));
  }
  return rejected.length > 0 ? 1 : 0;
}

/**
 * What the ranking needs of an assessment, and no more: the answers' levels and reasons
 * without the free-text explanations and evidence links, and the offer's name. Thousands of
 * assessments are held until they can be ranked; their long texts need not be.
 */
function rankingEntry(assessment: Assessment): Assessment {
  const answers = Object.fromEntries(
    Object.entries(assessment.answers).map(([id, answer]): [string, Answer] => [
      id,
      answer.notApplicable === true
        ? { notApplicable: true, ...(answer.reason !== undefined ? { reason: answer.reason } : {}) }
        : { value: answer.value },
    ]),
  );
  const { title, organisation, orgNumber } = assessment.offer;
  return {
    ...assessment,
    offer: {
      ...(title !== undefined ? { title } : {}),
      ...(organisation !== undefined ? { organisation } : {}),
      ...(orgNumber !== undefined ? { orgNumber } : {}),
    },
    answers,
  };
}
