/**
 * How well scores rank fraud above legitimate events: the measures the fraud-detection handbook
 * reports, used by model validation and `warden evaluate`. Pure functions over arrays.
 */

/** One scored event for ranking measures: a higher score means more suspicious. */
export interface Ranked {
  score: number;
  fraud: boolean;
}

/**
 * Area under the ROC curve: the probability that a random fraud scores above a random legitimate
 * event, ties counting half. NaN when either class is absent.
 */
export function rocAuc(items: readonly Ranked[]): number {
  const sorted = [...items].sort((a, b) => a.score - b.score);
  let frauds = 0;
  let rankSum = 0;
  for (let i = 0; i < sorted.length;) {
    let j = i;
    let groupFrauds = 0;
    while (j < sorted.length && sorted[j]!.score === sorted[i]!.score) {
      if (sorted[j]!.fraud) groupFrauds += 1;
      j += 1;
    }
    // Ranks i+1..j share their mean rank.
    rankSum += groupFrauds * ((i + 1 + j) / 2);
    frauds += groupFrauds;
    i = j;
  }
  const legit = sorted.length - frauds;
  if (frauds === 0 || legit === 0) return NaN;
  return (rankSum - (frauds * (frauds + 1)) / 2) / (frauds * legit);
}

/**
 * Average precision (area under the precision–recall curve as scikit-learn computes it): the mean
 * of the precision at each fraud's rank. Tied scores form one step, so ties cost precision, as
 * they do for an analyst who cannot order them. NaN without frauds.
 */
export function averagePrecision(items: readonly Ranked[]): number {
  const sorted = [...items].sort((a, b) => b.score - a.score);
  const frauds = sorted.reduce((n, r) => n + (r.fraud ? 1 : 0), 0);
  if (frauds === 0) return NaN;
  let seen = 0;
  let hits = 0;
  let sum = 0;
  for (let i = 0; i < sorted.length;) {
    let j = i;
    let groupHits = 0;
    while (j < sorted.length && sorted[j]!.score === sorted[i]!.score) {
      if (sorted[j]!.fraud) groupHits += 1;
      j += 1;
    }
    seen = j;
    hits += groupHits;
    sum += (groupHits / frauds) * (hits / seen);
    i = j;
  }
  return sum;
}

/** One scored payment for card precision: which card, which day. */
export interface CardRanked extends Ranked {
  card: string;
  /** Day of the event, e.g. "2018-07-25"; precision is computed per day. */
  day: string;
}

/**
 * Card precision@k as the handbook defines it: each day, every card's score is its highest
 * payment score that day; the share of compromised cards (a fraud that day) among the k cards
 * with the highest scores; the mean over days. `exclude(card, day)` drops cards already known as
 * compromised before that day (the handbook's protocol). Ties at the cut are ordered by card id.
 */
export function cardPrecisionAtK(
  items: readonly CardRanked[],
  k = 100,
  exclude: (card: string, day: string) => boolean = () => false,
): number {
  const days = new Map<string, Map<string, { score: number; fraud: boolean }>>();
  for (const item of items) {
    if (exclude(item.card, item.day)) continue;
    let cards = days.get(item.day);
    if (!cards) days.set(item.day, (cards = new Map()));
    const card = cards.get(item.card);
    if (!card) cards.set(item.card, { score: item.score, fraud: item.fraud });
    else {
      card.score = Math.max(card.score, item.score);
      card.fraud ||= item.fraud;
    }
  }
  if (days.size === 0) return NaN;
  let total = 0;
  for (const cards of days.values()) {
    const top = [...cards.entries()]
      .sort((a, b) => b[1].score - a[1].score || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, k);
    total += top.filter(([, c]) => c.fraud).length / k;
  }
  return total / days.size;
}
