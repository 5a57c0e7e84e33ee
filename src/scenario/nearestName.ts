/**
 * "Did you mean …?": the closest allowed name to a misspelt one.
 */

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] as number;
      prev[j] = Math.min(up + 1, (prev[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] as number;
}

/**
 * The candidate closest to `word` (ignoring case), if it is close enough to be a likely typo:
 * at most one edit for short names, about one edit in three letters for longer ones.
 *
 * @example
 * nearestName("shar", ["share", "model", "lag"]);   // "share"
 * nearestName("Kommun", ["kommun", "region"]);       // "kommun"
 * nearestName("xyz", ["share", "model"]);            // undefined
 */
export function nearestName(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = distance(w, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const allowed = Math.max(1, Math.floor(w.length / 3));
  return best !== undefined && bestDistance <= allowed ? best : undefined;
}
