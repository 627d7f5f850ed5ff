// Turns the runs into bench/results.md: budgets first (which hold, which do not), then the
// size table and one table per cell (framework size × CPU throttling).
import { summary } from './stats.mjs';

export const VARIANTS = ['ours', 'floor', 'peer'];

/** The figures of one cell, each a list of per-run values. */
const FIGURES = [
  { key: 'ready', label: 'ready (ms)', unit: 'ms' },
  { key: 'firstClick', label: 'first click → settled (ms)', unit: 'ms' },
  { key: 'clickMedian', label: 'click → settled, median of clicks 2..N (ms)', unit: 'ms' },
  { key: 'clickDrawnMedian', label: 'click → chart drawn, median of clicks 2..N (ms, diagnostic)', unit: 'ms' },
  { key: 'heapAfterRender', label: 'JS heap after render (MiB)', unit: 'MiB' },
  { key: 'heapAfterClicks', label: 'JS heap after the clicks (MiB)', unit: 'MiB' },
  { key: 'nodesAfterRender', label: 'DOM nodes after render', unit: 'count' },
  { key: 'nodesAfterClicks', label: 'DOM nodes after the clicks', unit: 'count' },
  { key: 'taskDurationToReady', label: 'main-thread task time to ready (ms, CDP)', unit: 'ms' },
];

/**
 * The budgets the product's owners set, as ratios measured in one run: the floor carries none
 * of the product's features, so the product may cost somewhat more than it, and must cost far
 * less than a general form library built as its users would build it.
 */
export function budgets(cells) {
  const list = [
    { figure: 'size', label: 'size (gzip) of what `<mv-assessment>` needs', against: 'floor', limit: 1.5 },
    { figure: 'size', label: 'size (gzip) of what `<mv-assessment>` needs', against: 'peer', limit: 0.3 },
  ];
  for (const cell of cells) {
    const throttled = cell.throttle > 1;
    list.push({ figure: 'ready', cell, label: `ready, ${cellName(cell)}`, against: 'floor', limit: throttled ? 1.25 : 1.5 });
    list.push({ figure: 'ready', cell, label: `ready, ${cellName(cell)}`, against: 'peer', limit: 0.35 });
  }
  for (const cell of cells.filter((c) => c.criteria === 200)) {
    list.push({ figure: 'clickMedian', cell, label: `click → settled, ${cellName(cell)}`, against: 'floor', limit: 1.5 });
    list.push({ figure: 'clickMedian', cell, label: `click → settled, ${cellName(cell)}`, against: 'peer', limit: 0.2 });
  }
  for (const cell of cells.filter((c) => c.criteria === 200)) {
    list.push({ figure: 'heapAfterRender', cell, label: `heap after render, ${cellName(cell)}`, against: 'floor', limit: 1.5 });
    list.push({ figure: 'heapAfterClicks', cell, label: `heap after 20 clicks, ${cellName(cell)}`, against: 'floor', limit: 1.5 });
  }
  return list;
}

export function cellName(cell) {
  return `${cell.criteria} criteria, ${cell.throttle === 1 ? 'no throttling' : `${cell.throttle}× CPU throttling`}`;
}

export function cellKey(cell) {
  return `${cell.criteria}x${cell.throttle}`;
}

function scale(value, unit) {
  return unit === 'MiB' ? value / 1024 / 1024 : value;
}

function fmt(value, unit) {
  if (!Number.isFinite(value)) return '–';
  if (unit === 'count') return String(Math.round(value));
  if (unit === 'MiB') return value.toFixed(2);
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

function fmtSummary(values, unit) {
  const s = summary(values.map((value) => scale(value, unit)));
  if (s.n === 0) return '–';
  return `${fmt(s.median, unit)} (${fmt(s.min, unit)}–${fmt(s.max, unit)})`;
}

function ratio(a, b) {
  return Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? a / b : NaN;
}

function fmtRatio(value) {
  return Number.isFinite(value) ? `${value.toFixed(2)} ×` : '–';
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * Evaluates each budget. `runs[cellKey][variant]` is a list of run results; `sizes[variant]`
 * the start-up download of that variant.
 *
 * A budget against the peer also gets the floor's own ratio to the peer (`floorMeasured`):
 * the floor is the least code that does the job, so where it is over the limit itself, no
 * variant that does the floor's work can hold that budget in that run, and the report says so.
 */
export function evaluate(list, runs, sizes) {
  return list.map((budget) => {
    const figureOf = (variant) => {
      if (budget.figure === 'size') return sizes[variant]?.total.gzip;
      const cell = runs[cellKey(budget.cell)] ?? {};
      return summary((cell[variant] ?? []).map((run) => run[budget.figure])).median;
    };
    const measured = ratio(figureOf('ours'), figureOf(budget.against));
    const verdict = Number.isFinite(measured) ? (measured <= budget.limit ? 'holds' : 'DOES NOT HOLD') : 'not measured';
    const floorMeasured = budget.against === 'peer' ? ratio(figureOf('floor'), figureOf('peer')) : NaN;
    return { ...budget, measured, verdict, floorMeasured, rounds: roundRatios(budget, runs) };
  });
}

/**
 * The budget's ratio in each round on its own: ours' run of a round against the other
 * variant's run of the same round (run i of every variant is from round i, measured next to
 * each other). How many rounds hold the limit, and how far the ratio moves from round to
 * round, tell a miss the product makes in every round from one the machine's spread decides.
 * Empty for the size, which is one figure.
 */
export function roundRatios(budget, runs) {
  if (budget.figure === 'size') return [];
  const cell = runs[cellKey(budget.cell)] ?? {};
  const ours = cell.ours ?? [];
  const other = cell[budget.against] ?? [];
  const count = Math.min(ours.length, other.length);
  const list = [];
  for (let index = 0; index < count; index += 1) {
    const value = ratio(ours[index][budget.figure], other[index][budget.figure]);
    if (Number.isFinite(value)) list.push(value);
  }
  return list;
}

/** "3 of 5 (1.10–1.70 ×)": the rounds within the limit, and the range of the rounds' ratios. */
function fmtRounds(budget) {
  const rounds = budget.rounds ?? [];
  if (rounds.length === 0) return '–';
  const held = rounds.filter((value) => value <= budget.limit).length;
  return `${held} of ${rounds.length} (${Math.min(...rounds).toFixed(2)}–${Math.max(...rounds).toFixed(2)} ×)`;
}

/** Whether the floor itself is over this budget against the peer in this run. */
export function floorMisses(budget) {
  return Number.isFinite(budget.floorMeasured) && budget.floorMeasured > budget.limit;
}

/** The whole Markdown report. */
export function renderReport({ meta, cells, runs, sizes, evaluated, checks }) {
  const lines = [];
  lines.push('# Benchmark: `<mv-assessment>` against the floor and SurveyJS', '');
  lines.push(`Command: \`${meta.command}\` · ${meta.date} · ${meta.browser} · ${meta.machine}`);
  lines.push(
    `${meta.runs} measured runs per variant and cell, after a discarded warm-up round; variants interleaved A B C, C B A; ` +
      `a fresh browser context per run; ${meta.clicks} clicks per run; prefers-reduced-motion emulated (no chart animation). ` +
      `Figures are medians over the runs with min–max in brackets; ratios are of the medians.`,
    '',
  );
  if (meta.notes.length) {
    for (const note of meta.notes) lines.push(`> ${note}`);
    lines.push('');
  }

  const held = evaluated.filter((b) => b.verdict === 'holds').length;
  const failed = evaluated.filter((b) => b.verdict === 'DOES NOT HOLD');
  const unmeasured = evaluated.filter((b) => b.verdict === 'not measured').length;
  lines.push('## Budgets', '');
  let verdict = `**${held} of ${evaluated.length} budgets hold.**`;
  if (failed.length) verdict += ` Not holding: ${failed.map((b) => `${b.label} vs ${b.against} (${fmtRatio(b.measured)} > ${b.limit} ×)`).join('; ')}.`;
  if (unmeasured) verdict += ` ${unmeasured} not measured.`;
  lines.push(verdict, '');
  const missedByFloor = evaluated.filter(floorMisses);
  if (missedByFloor.length) {
    lines.push(
      `The floor itself is over ${missedByFloor.length === 1 ? 'one budget' : `${missedByFloor.length} budgets`} against the peer in this run: ` +
        `${missedByFloor.map((b) => `${b.label} (floor / peer ${fmtRatio(b.floorMeasured)} > ${b.limit} ×)`).join('; ')}. ` +
        'No variant that does the floor\'s work (the radios and the chart, nothing else) can hold such a budget.',
      '',
    );
  }
  lines.push(
    '"Rounds within" compares ours with the other variant round by round (the two runs of one round are measured next to each other): ' +
      'how many rounds are within the limit, and the range of the rounds\' ratios.',
    '',
  );
  lines.push('| budget | ours / | limit | measured | verdict | rounds within | floor / peer |', '|---|---|---|---|---|---|---|');
  for (const b of evaluated) {
    const floorColumn = Number.isFinite(b.floorMeasured) ? `${fmtRatio(b.floorMeasured)}${floorMisses(b) ? ' (over)' : ''}` : '–';
    lines.push(`| ${b.label} | ${b.against} | ≤ ${b.limit} × | ${fmtRatio(b.measured)} | ${b.verdict} | ${fmtRounds(b)} | ${floorColumn} |`);
  }
  lines.push('');

  lines.push('## Size: what each page downloads before it is ready', '');
  lines.push(
    'Scripts and style sheets (the HTML page, which holds the same framework JSON in every variant, and the benchmark probes are left out); gzip -9 and brotli q11.',
    '',
  );
  lines.push('| variant | files | raw | gzip -9 | brotli 11 | gzip ours / variant |', '|---|---|---|---|---|---|');
  for (const variant of VARIANTS) {
    const size = sizes[variant];
    if (!size) {
      lines.push(`| ${variant} | not measured | | | | |`);
      continue;
    }
    const files = size.files.map((f) => `\`${f.name}\``).join(', ');
    const r = ratio(sizes.ours?.total.gzip, size.total.gzip);
    lines.push(`| ${variant} | ${files} | ${kib(size.total.raw)} | ${kib(size.total.gzip)} | ${kib(size.total.brotli)} | ${fmtRatio(r)} |`);
  }
  if (sizes.ours?.lazy?.length) {
    lines.push('', `Loaded later by ours (during the clicks): ${sizes.ours.lazy.map((f) => `\`${f}\``).join(', ')}.`);
  }
  lines.push('');

  for (const cell of cells) {
    const cellRuns = runs[cellKey(cell)] ?? {};
    lines.push(`## ${cellName(cell)}`, '');
    lines.push('| figure | ours | floor | peer | ours / floor | ours / peer |', '|---|---|---|---|---|---|');
    for (const figure of FIGURES) {
      const values = Object.fromEntries(VARIANTS.map((v) => [v, (cellRuns[v] ?? []).map((run) => run[figure.key])]));
      const medians = Object.fromEntries(VARIANTS.map((v) => [v, summary(values[v]).median]));
      lines.push(
        `| ${figure.label} | ${VARIANTS.map((v) => fmtSummary(values[v], figure.unit)).join(' | ')} | ` +
          `${fmtRatio(ratio(medians.ours, medians.floor))} | ${fmtRatio(ratio(medians.ours, medians.peer))} |`,
      );
    }
    lines.push('');
  }

  lines.push('## Checks', '');
  for (const check of checks) lines.push(`- ${check}`);
  lines.push('');
  return lines.join('\n');
}
