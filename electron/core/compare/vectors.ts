/** Sparse TF-IDF vectors over words, L2-normalised, for cosine similarity. */
export type Vector = Map<string, number>;

export function inverseDocumentFrequencies(
  documents: readonly Map<string, number>[],
): Map<string, number> {
  const df = new Map<string, number>();
  for (const counts of documents)
    for (const word of counts.keys()) df.set(word, (df.get(word) ?? 0) + 1);
  const n = documents.length;
  const idf = new Map<string, number>();
  for (const [word, count] of df) idf.set(word, Math.log((1 + n) / (1 + count)) + 1);
  return idf;
}

export function tfidf(
  counts: ReadonlyMap<string, number>,
  idf: ReadonlyMap<string, number>,
): Vector {
  const vector: Vector = new Map();
  let norm = 0;
  for (const [word, count] of counts) {
    const weight = (1 + Math.log(count)) * (idf.get(word) ?? 1);
    vector.set(word, weight);
    norm += weight * weight;
  }
  return normalise(vector, Math.sqrt(norm));
}

function normalise(vector: Vector, norm: number): Vector {
  if (norm > 0) for (const [word, weight] of vector) vector.set(word, weight / norm);
  return vector;
}

/** The mean direction of several vectors, each weighted. */
export function centroid(vectors: readonly { vector: Vector; weight: number }[]): Vector {
  const sum: Vector = new Map();
  for (const { vector, weight } of vectors) {
    for (const [word, value] of vector) sum.set(word, (sum.get(word) ?? 0) + value * weight);
  }
  let norm = 0;
  for (const value of sum.values()) norm += value * value;
  return normalise(sum, Math.sqrt(norm));
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [word, value] of small) dot += value * (large.get(word) ?? 0);
  return dot;
}

/** The words that contribute most to the similarity, strongest first. */
export function sharedTerms(a: Vector, b: Vector, limit: number): string[] {
  const products: [string, number][] = [];
  for (const [word, value] of a) {
    const other = b.get(word);
    if (other !== undefined) products.push([word, value * other]);
  }
  return products
    .sort((x, y) => y[1] - x[1])
    .slice(0, limit)
    .map(([word]) => word);
}
