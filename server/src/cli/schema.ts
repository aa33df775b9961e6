import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '../config.js';
import { buildWardenSchema, printWardenSchema } from '../graphql/schema.js';

/** `schema/schema.graphql`: the SDL the console and integrators are typed against. */
export const SCHEMA_FILE = path.join(REPO_ROOT, 'schema', 'schema.graphql');

/**
 * `emit` writes the SDL the code defines; `check` exits 1 when the committed file differs.
 * `--file` points at another file (used by tests).
 */
async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  const fileFlag = argv.indexOf('--file');
  const file =
    fileFlag >= 0 && argv[fileFlag + 1] ? path.resolve(argv[fileFlag + 1]!) : SCHEMA_FILE;
  const sdl = printWardenSchema(await buildWardenSchema());
  if (command === 'emit') {
    await writeFile(file, sdl);
    process.stdout.write(`Wrote ${path.relative(process.cwd(), file)}\n`);
    return 0;
  }
  if (command === 'check') {
    const committed = await readFile(file, 'utf8').catch(() => '');
    if (committed === sdl) {
      process.stdout.write(`${path.relative(process.cwd(), file)} is up to date\n`);
      return 0;
    }
    process.stderr.write(
      `${path.relative(process.cwd(), file)} is stale: it differs from the schema the server code defines.\n` +
        'Run `npm run schema:emit` and commit the result (then `npm run codegen` for the console).\n',
    );
    return 1;
  }
  process.stderr.write('usage: schema.js emit|check [--file <path>]\n');
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
