import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/config.js';
import { validateCondition } from '../src/engine/custom/compile.js';
import { ACCOUNT_VARIABLES, TRANSACTION_VARIABLES } from '../src/engine/custom/variables.js';

// docs/rules.md is read literally by fraud analysts: every condition and every GraphQL document in
// it must work on today's engine and schema, and its variable tables must list every variable.
const doc = () => readFile(path.join(REPO_ROOT, 'docs', 'rules.md'), 'utf8');
const blocks = (text: string, lang: string) =>
  [...text.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!.trim());

describe('docs/rules.md', () => {
  it('gives only conditions that validate, for transactions or account events', async () => {
    const conditions = blocks(await doc(), 'cel');
    expect(conditions.length).toBeGreaterThan(10);
    for (const condition of conditions) {
      const problems = [
        validateCondition('TRANSACTION', condition),
        validateCondition('ACCOUNT', condition),
      ];
      expect(
        problems.some((p) => p.length === 0),
        `${condition}: ${problems[0]![0]?.message}`,
      ).toBe(true);
    }
  });

  it('gives only GraphQL documents valid against the committed schema', async () => {
    const schema = buildSchema(
      await readFile(path.join(REPO_ROOT, 'schema', 'schema.graphql'), 'utf8'),
    );
    const documents = blocks(await doc(), 'graphql');
    expect(documents.length).toBeGreaterThan(5);
    for (const document of documents)
      expect(
        validate(schema, parse(document)).map((e) => e.message),
        document,
      ).toEqual([]);
  });

  it('lists every variable of both kinds', async () => {
    const text = await doc();
    for (const v of [...TRANSACTION_VARIABLES, ...ACCOUNT_VARIABLES]) {
      const name = v.name.replace(/\./g, '\\.');
      expect(text, v.name).toMatch(new RegExp(`\\| \`${name}\` +\\| ${v.type} +\\|`));
    }
  });
});
