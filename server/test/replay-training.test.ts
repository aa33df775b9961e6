import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueSlug } from './harness.js';
import { cli, gz, removeFiles, sql, tenantId, ulbCsv, ulbRows } from './replay-fixtures.js';

afterAll(removeFiles);

/**
 * `replay --train-at`: the operator's one command from history to a working model. The replay
 * pauses at that event time, trains on the labelled weeks before it, activates the model (or
 * shadows it) and goes on, so later payments are scored with it.
 */
describe('warden replay --train-at', () => {
  const slug = uniqueSlug('train');
  const trainAt = '2018-04-15';
  let out: { training: Record<string, unknown>; scored: number };

  beforeAll(async () => {
    const file = await gz('train.csv.gz', ulbCsv(ulbRows(400)));
    const res = await cli(
      'replay',
      '--format',
      'ulb',
      '--tenant',
      slug,
      '--train-at',
      trainAt,
      '--train-days',
      '10',
      '--algorithm',
      'logistic_regression',
      '--json',
      file,
    );
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/training a LOGISTIC_REGRESSION model on 2018-03-29 to 2018-04-08/);
    out = JSON.parse(res.stdout);
  }, 120_000);

  it('trains on the window whose labels have arrived and activates the model', () => {
    expect(out.training).toMatchObject({
      number: 1,
      status: 'ACTIVE',
      algorithm: 'LOGISTIC_REGRESSION',
      from: '2018-03-29T00:00:00.000Z',
      to: '2018-04-08T00:00:00.000Z',
      error: null,
    });
    expect(out.training.events).toBeGreaterThan(100);
    expect(out.training.frauds).toBeGreaterThan(0);
  });

  it('scores the payments from then on with the model, and only those', async () => {
    const id = await tenantId(slug);
    const rows = await sql<{ after: boolean; with_model: number; total: number }>(
      `select occurred_at >= $2 as after, count(model_score)::int as with_model, count(*)::int as total
         from scored_event where tenant_id = $1 group by 1 order by 1`,
      [id, `${trainAt}T00:00:00Z`],
    );
    expect(rows).toEqual([
      { after: false, with_model: 0, total: expect.any(Number) },
      { after: true, with_model: rows[1]!.total, total: expect.any(Number) },
    ]);
  });

  it('evaluate ranks by the model alone with --score model', async () => {
    const res = await cli(
      'evaluate',
      '--tenant',
      slug,
      '--from',
      trainAt,
      '--score',
      'model',
      '--json',
    );
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ rankingScore: 'coalesce(model_score, 0)' });
  });

  it('refuses training options without --train-at, and an unknown algorithm', async () => {
    const file = await gz('tiny.csv', ulbCsv(ulbRows(5)));
    const lone = await cli('replay', '--format', 'ulb', '--train-days', '3', file);
    expect(lone.code).toBe(2);
    expect(lone.stderr).toMatch(/--train-days needs --train-at/);
    const bad = await cli(
      'replay',
      '--format',
      'ulb',
      '--train-at',
      trainAt,
      '--algorithm',
      'forest',
      file,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--algorithm must be one of LOGISTIC_REGRESSION, GRADIENT_BOOSTING/);
  });
});
