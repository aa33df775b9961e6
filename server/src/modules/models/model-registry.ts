import type { ModelScorer } from '../../engine/evaluate.js';
import { FEATURE_NAMES } from '../../engine/features.js';
import {
  contributions,
  parseModelSpec,
  predict,
  type ModelSpec,
} from '../../engine/model/model.js';
import type { LiveModel } from './model-version.store.js';

/** Contributions kept per score (the MODEL_RISK detail names the first three). */
const KEPT_CONTRIBUTIONS = 5;
/** Trained models kept in memory per process. */
const CAPACITY = 256;

/**
 * A stored model this server can score with: it parses, and it reads a prefix of today's
 * features in today's order (features are only ever added at the end). Null otherwise.
 */
export function readableSpec(stored: unknown): ModelSpec | null {
  try {
    const spec = parseModelSpec(stored);
    const readsToday =
      spec.names.length <= FEATURE_NAMES.length &&
      spec.names.every((n: string, i: number) => FEATURE_NAMES[i] === n);
    return readsToday ? spec : null;
  } catch {
    return null;
  }
}

/**
 * The trained models scoring needs, by version id, loaded once per process: a version never
 * changes after training, so the enrichment statement's list of live versions is all scoring
 * reads per event, and a spec is fetched only the first time a version scores.
 */
export class ModelRegistry {
  private readonly specs = new Map<string, ModelSpec | null>();

  /**
   * Scorers for the live versions; `load` reads a version's stored spec (scoring passes a read
   * on its own transaction, so a cold cache never takes a second pooled connection).
   */
  async scorers(
    live: readonly LiveModel[],
    load: (id: string) => Promise<unknown>,
  ): Promise<ModelScorer[]> {
    const scorers: ModelScorer[] = [];
    for (const model of live) {
      let spec = this.specs.get(model.id);
      if (spec !== undefined) {
        // Most recently used last: eviction takes the least recently used.
        this.specs.delete(model.id);
        this.specs.set(model.id, spec);
      } else {
        // An unreadable spec never scores (activation refuses one; see ModelService.activate).
        const stored = await load(model.id);
        spec = stored ? readableSpec(stored) : null;
        if (this.specs.size >= CAPACITY) this.specs.delete(this.specs.keys().next().value!);
        this.specs.set(model.id, spec);
      }
      if (!spec) continue;
      const trained = spec;
      scorers.push({
        version: model.number,
        shadow: model.status === 'SHADOW',
        score: (features) => {
          // A version trained before features were added reads the first ones.
          const x =
            features.length === trained.names.length
              ? features
              : features.slice(0, trained.names.length);
          return {
            probability: predict(trained, x),
            contributions: contributions(trained, x).slice(0, KEPT_CONTRIBUTIONS),
          };
        },
      });
    }
    return scorers;
  }
}

/** The process's registry. */
export const modelRegistry = new ModelRegistry();
