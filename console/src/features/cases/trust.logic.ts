import type { TrustLevel } from '../../gql/graphql';

/** How a customer's trust shows on the case page. */
export interface TrustBadge {
  text: string;
  /** The CSS modifier: `trust--new` is neutral, `trust--low` and `trust--flagged` red. */
  modifier: string;
  /** Whether the 0–100 score is worth showing next to the badge. */
  showScore: boolean;
}

/**
 * The badge for a trust level. A NEW customer has too little history to judge: their low
 * score measures the missing history, not risk, so it reads "New customer" in a neutral colour
 * without the score.
 */
export function trustBadge(level: TrustLevel): TrustBadge {
  if (level === 'NEW') return { text: 'New customer', modifier: 'trust--new', showScore: false };
  if (level === 'FLAGGED')
    return { text: 'Flagged: confirmed fraud', modifier: 'trust--flagged', showScore: true };
  const word = level.charAt(0) + level.slice(1).toLowerCase();
  return { text: `${word} trust`, modifier: `trust--${level.toLowerCase()}`, showScore: true };
}
