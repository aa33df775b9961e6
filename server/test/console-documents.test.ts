import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Kind, specifiedRules, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/config.js';
import { costLimitRule } from '../src/graphql/cost-limit.js';
import { DOCUMENT_LIMITS, documentLimitRules } from '../src/graphql/limits.js';
import { buildWardenSchema } from '../src/graphql/schema.js';

const CONSOLE_SRC = path.join(REPO_ROOT, 'console', 'src');
const GENERATED = readFileSync(path.join(CONSOLE_SRC, 'gql', 'graphql.ts'), 'utf8');
const GENERATED_MAP = readFileSync(path.join(CONSOLE_SRC, 'gql', 'gql.ts'), 'utf8');

/** Every operation document codegen generated for the console, by name. */
const operations: [string, DocumentNode][] = [
  ...GENERATED.matchAll(/^export const (\w+Document) = (\{.*\}) as unknown as /gm),
]
  .map(([, name, json]) => [name!, JSON.parse(json!) as DocumentNode] as [string, DocumentNode])
  .filter(([, document]) => document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION));

/** The `graphql(\`…\`)` sources written in the console's components. */
const sources = readdirSync(CONSOLE_SRC, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.tsx') && !file.startsWith('gql'))
  .flatMap((file) => [
    ...readFileSync(path.join(CONSOLE_SRC, file), 'utf8').matchAll(/graphql\(\s*`([^`]*)`\s*\)/g),
  ])
  .map((m) => m[1]!);

/** The cost the limit rule computes for a document (read from its error at a limit of zero). */
function costOf(schema: Parameters<typeof validate>[0], document: DocumentNode): number {
  const [error] = validate(schema, document, [costLimitRule({ ...DOCUMENT_LIMITS, maxCost: 0 })]);
  return Number(/cost (\d+)/.exec(error?.message ?? '')?.[1] ?? 0);
}

describe("the console's own documents", async () => {
  const schema = await buildWardenSchema();

  it('are all generated from the components (codegen is current)', () => {
    expect(sources.length).toBeGreaterThan(30);
    expect(operations.length).toBeGreaterThan(25);
    for (const source of sources) expect(GENERATED_MAP).toContain(JSON.stringify(source));
  });

  it.each(operations)('%s passes validation with every document limit', (_name, document) => {
    expect(validate(schema, document, [...specifiedRules, ...documentLimitRules()])).toEqual([]);
  });

  it('stay far below the cost limit', () => {
    const costs = operations.map(([, document]) => costOf(schema, document));
    expect(Math.max(...costs)).toBeLessThanOrEqual(DOCUMENT_LIMITS.maxCost / 10);
  });
});
