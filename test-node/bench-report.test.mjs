// The benchmark's report: each budget's verdict, and the floor's own ratio to the peer, which
// tells a budget that no variant doing the floor's work can hold from one the product misses.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { budgets, evaluate, renderReport } from '../bench/lib/report.mjs';

const cell = { criteria: 30, throttle: 4 };
const run = (ready) => ({ ready });

/** Three runs of one figure: the same value each time, or the list given. */
const threeRuns = (value) => (Array.isArray(value) ? value : [value, value, value]).map(run);

/** The report of one cell whose ready figures are these (ms): one value for all three runs, or one per run. */
function reportFor({ ours, floor, peer }) {
  const runs = { '30x4': { ours: threeRuns(ours), floor: threeRuns(floor), peer: threeRuns(peer) } };
  const size = (gzip) => ({ files: [{ name: 'x.js' }], total: { raw: gzip * 3, gzip, brotli: gzip } });
  const sizes = { ours: size(80_000), floor: size(60_000), peer: size(400_000) };
  const evaluated = evaluate(budgets([cell]), runs, sizes);
  const meta = { command: 'npm run bench', date: 'today', browser: 'Chromium', machine: '2 cores', runs: 3, clicks: 20, notes: [] };
  return { evaluated, text: renderReport({ meta, cells: [cell], runs, sizes, evaluated, checks: [] }) };
}

describe('the benchmark report', () => {
  it('says when the floor itself is over a budget against the peer', () => {
    // 30 criteria at 4×: floor / peer = 1311 / 3481 = 0.38, over the 0.35 × budget.
    const { evaluated, text } = reportFor({ ours: 1684, floor: 1311, peer: 3481 });
    const peerReady = evaluated.find((b) => b.figure === 'ready' && b.against === 'peer');
    assert.equal(peerReady.verdict, 'DOES NOT HOLD');
    assert.equal(peerReady.floorMeasured.toFixed(2), '0.38');
    assert.match(text, /The floor itself is over one budget against the peer in this run: ready, 30 criteria, 4× CPU throttling \(floor \/ peer 0\.38 × > 0\.35 ×\)\./);
    assert.match(text, /\| ready, 30 criteria, 4× CPU throttling \| peer \| ≤ 0\.35 × \| 0\.48 × \| DOES NOT HOLD \| 0 of 3 \(0\.48–0\.48 ×\) \| 0\.38 × \(over\) \|/);
    // A budget against the floor has no floor / peer figure.
    assert.match(text, /\| ready, 30 criteria, 4× CPU throttling \| floor \| ≤ 1\.25 × \| 1\.28 × \| DOES NOT HOLD \| 0 of 3 \(1\.28–1\.28 ×\) \| – \|/);
  });

  it('says nothing of the floor when it is within every peer budget', () => {
    const { text } = reportFor({ ours: 1200, floor: 1100, peer: 4000 });
    assert.doesNotMatch(text, /The floor itself/);
    assert.match(text, /\| ready, 30 criteria, 4× CPU throttling \| peer \| ≤ 0\.35 × \| 0\.30 × \| holds \| 3 of 3 \(0\.30–0\.30 ×\) \| 0\.28 × \|/);
    // The size budget against the peer gets the floor's ratio too: 60 000 / 400 000.
    assert.match(text, /\| size \(gzip\) of what `<mv-assessment>` needs \| peer \| ≤ 0\.3 × \| 0\.20 × \| holds \| – \| 0\.15 × \|/);
  });

  it('compares the variants round by round, so a miss in every round reads apart from one the spread decides', () => {
    // Medians 1 300 / 1 000 = 1.30 × (over 1.25), but the rounds are 1.20, 1.30 and 1.24 ×:
    // two of three within the limit. Run i of every variant is from round i.
    const { evaluated, text } = reportFor({ ours: [1200, 1300, 1550], floor: [1000, 1000, 1250], peer: 4000 });
    const floorReady = evaluated.find((b) => b.figure === 'ready' && b.against === 'floor');
    assert.equal(floorReady.verdict, 'DOES NOT HOLD');
    assert.deepEqual(floorReady.rounds.map((value) => value.toFixed(2)), ['1.20', '1.30', '1.24']);
    assert.match(text, /\| ready, 30 criteria, 4× CPU throttling \| floor \| ≤ 1\.25 × \| 1\.30 × \| DOES NOT HOLD \| 2 of 3 \(1\.20–1\.30 ×\) \| – \|/);
    assert.match(text, /"Rounds within" compares ours with the other variant round by round/);
  });
});
