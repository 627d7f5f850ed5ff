/**
 * Turns weights into whole percentages that sum to exactly `total` (100 by default), by the
 * largest-remainder method: every share is rounded down, and the points still missing go
 * one each to the shares with the largest fractions (the earlier share wins a tie). Plain
 * rounding can give 99 or 101, which a tender document must never show.
 *
 * Negative, non-finite or missing weights count as 0. When every weight is 0 the shares are
 * equal, since a framework that weighs nothing has said nothing about importance.
 *
 * Examples: `[1, 1, 1]` → `[34, 33, 33]`; `[2, 1, 1, 0]` → `[50, 25, 25, 0]`.
 */
export function largestRemainderPercentages(weights: readonly number[], total = 100): number[] {
  if (weights.length === 0) return [];
  const clean = weights.map((weight) => (Number.isFinite(weight) && weight > 0 ? weight : 0));
  const sum = clean.reduce((a, b) => a + b, 0);
  const used = sum > 0 ? clean : clean.map(() => 1);
  const usedSum = sum > 0 ? sum : used.length;
  // Rounded to 9 decimals so that 0.29 × 100 = 28.999999999999996 counts as 29, not 28 + 0.99….
  const quotas = used.map((weight) => Math.round(((weight * total) / usedSum) * 1e9) / 1e9);
  const shares = quotas.map((quota) => Math.floor(quota));
  let missing = total - shares.reduce((a, b) => a + b, 0);
  const byFraction = quotas
    .map((quota, index) => ({ index, fraction: quota - Math.floor(quota) }))
    .sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (const { index } of byFraction) {
    if (missing <= 0) break;
    shares[index] = (shares[index] ?? 0) + 1;
    missing -= 1;
  }
  return shares;
}
