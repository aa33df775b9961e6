import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { migrateWithLock, openDatabase, type Database } from '../db/database.js';
import { TENANT_FILTER } from '../db/tenant-filter.js';
import { seedDemo } from '../db/seed.js';
import { citusDistributeCommand, retentionCommand } from './scale.js';
import { DataFileError } from './datasets.js';
import { UsageError } from './errors.js';
import { evaluateCommand } from './evaluate.js';
import { replayCommand } from './replay.js';
import { REPLAY_USAGE, evaluateOptions, replayOptions } from './replay-args.js';
import { AppError } from '../domain/errors.js';
import { isMode } from '../domain/modes.js';
import { ROLES, isRole } from '../domain/roles.js';
import { createLogger } from '../logger.js';
import { ApiKeyService } from '../modules/api-keys/api-key.service.js';
import { CLI_ACTOR } from '../modules/audit/audit.service.js';
import { REPUTATION_KINDS, type ReputationKind } from '../modules/reputation/reputation.entity.js';
import { ReputationService } from '../modules/reputation/reputation.service.js';
import { TenantService } from '../modules/tenants/tenant.service.js';
import { UserService } from '../modules/users/user.service.js';
import { userByEmail } from '../modules/users/user-lookup.js';
import { UserLifecycleService, type UserAdmin } from '../modules/users/user-lifecycle.service.js';

const USAGE = `Usage: npm run warden -- <command> [options] [--json]

Commands:
  migrate                                   apply pending database migrations
  tenant create --slug <slug> --name <name> create a tenant
  apikey create --tenant <slug> --mode test|live [--name <name>]
                                            create an API key (the key is printed once)
  user create --tenant <slug> --email <e> --password <p> --role <ROLE>
                                            create a console user (${ROLES.join(', ')})
  user disable --email <e>                  refuse the user's logins and end their sessions
  user enable --email <e>                   let a disabled user log in again
  user reset-password --email <e>           replace the password with a one-time password
                                            (printed once; the user sets a new one at login)
  seed-demo                                 create the demo tenant, admin and test key, and a
                                            platform admin (in tenant "platform")
  reputation import --kind <KIND> [--replace] <file>
                                            load a platform list, one value per line (# comments):
                                            DISPOSABLE_DOMAIN, TOR_EXIT (IPs) or HOSTING_NETWORK
                                            (CIDRs); --replace drops entries not in the file
  reputation list                           how many entries each list holds
  retention --keep-months <N> [--dry-run]   drop the monthly partitions of scored events older
                                            than N full months, for all tenants, with the
                                            references, cases and feedback of those events
  citus distribute                          shard the tenant tables by tenant_id on Citus
                                            (see docs/scale-out.md)
${REPLAY_USAGE}

Options:
  --json   print one JSON object on stdout and nothing else
  --help   show this help

The CLI uses the server's configuration: DATABASE_URL, or the embedded PostgreSQL under DATA_DIR.`;

/** Where the CLI reads its environment and writes its output; injectable for tests. */
export interface CliIo {
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

interface Output {
  json: boolean;
  /** Result object: printed as JSON with --json, else as `text`. */
  done(result: Record<string, unknown>, text: string): void;
}

type Flags = Record<string, string | boolean | undefined>;

function required(flags: Flags, name: string): string {
  const value = flags[name];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new UsageError(`missing --${name}`);
  }
  return value;
}

function cliLogger(env: NodeJS.ProcessEnv) {
  return createLogger(env.LOG_LEVEL ?? 'warn', { stderr: true });
}

async function withDatabase<T>(
  env: NodeJS.ProcessEnv,
  run: (db: Database) => Promise<T>,
): Promise<T> {
  const db = await openDatabase(loadConfig(env), cliLogger(env));
  try {
    await migrateWithLock(db.orm, db.url);
    return await run(db);
  } finally {
    await db.close();
  }
}

/** The CLI acts as a platform admin: it reaches every tenant's users. */
const CLI_ADMIN: UserAdmin = { actor: CLI_ACTOR, role: 'PLATFORM_ADMIN', tenantId: null };

function scopedEm(db: Database, tenantId: string) {
  const em = db.orm.em.fork();
  em.setFilterParams(TENANT_FILTER, { tenantId });
  return em;
}

async function runCommand(words: string[], flags: Flags, out: Output, io: CliIo): Promise<void> {
  const env = io.env;
  if (words[0] === 'replay' || words[0] === 'evaluate') {
    // Options are checked before the database opens.
    const replay = words[0] === 'replay' ? replayOptions(flags, words) : null;
    const evaluate = replay ? null : evaluateOptions(flags, words);
    const { result, text } = await withDatabase(env, (db) =>
      replay ? replayCommand(db, replay, io.stderr) : evaluateCommand(db, evaluate!),
    );
    out.done(result, text);
    return;
  }
  if (words[0] === 'reputation' && words[1] === 'import') {
    const kind = required(flags, 'kind').toUpperCase();
    if (!(REPUTATION_KINDS as readonly string[]).includes(kind))
      throw new UsageError(`--kind must be one of ${REPUTATION_KINDS.join(', ')}`);
    const file = words[2];
    if (!file || words.length > 3) throw new UsageError('give exactly one file to import');
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      throw new UsageError(`cannot read ${file}`);
    }
    const report = await withDatabase(env, (db) =>
      new ReputationService(db.orm.em.fork()).import(
        kind as ReputationKind,
        text,
        path.basename(file),
        flags.replace === true,
      ),
    );
    out.done(
      { ...report },
      [
        `${kind}: ${report.valid} valid entries in ${file}, ${report.added} new${flags.replace === true ? `, ${report.removed} removed` : ''}.`,
        ...(report.invalidCount
          ? [
              `${report.invalidCount} line(s) skipped as not a valid ${kind} value:`,
              ...report.invalid.map((l) => `  line ${l.line}: ${l.text}`),
            ]
          : []),
      ].join('\n'),
    );
    return;
  }
  const command = words.join(' ');
  switch (command) {
    case 'reputation list': {
      const counts = await withDatabase(env, (db) =>
        new ReputationService(db.orm.em.fork()).counts(),
      );
      out.done(
        { counts },
        REPUTATION_KINDS.map((k) => `${k.padEnd(18)} ${counts[k] ?? 0}`).join('\n'),
      );
      return;
    }
    case 'retention': {
      const keep = required(flags, 'keep-months');
      const keepMonths = Number(keep);
      if (!/^\d+$/.test(keep) || keepMonths < 1)
        throw new UsageError('--keep-months must be a whole number of months, at least 1');
      const dryRun = flags['dry-run'] === true;
      const { result, text } = await withDatabase(env, (db) =>
        retentionCommand(db.orm.em.fork(), keepMonths, dryRun),
      );
      out.done(result, text);
      return;
    }
    case 'citus distribute': {
      const { result, text } = await withDatabase(env, (db) =>
        citusDistributeCommand(db.orm.em.fork()),
      );
      out.done(result, text);
      return;
    }
    case 'migrate': {
      const db = await openDatabase(loadConfig(env), cliLogger(env));
      try {
        const { applied } = await migrateWithLock(db.orm, db.url);
        out.done(
          { applied },
          applied.length
            ? `Applied ${applied.length} migration(s):\n  ${applied.join('\n  ')}`
            : 'Database is up to date.',
        );
      } finally {
        await db.close();
      }
      return;
    }
    case 'tenant create': {
      const slug = required(flags, 'slug');
      const name = required(flags, 'name');
      const tenant = await withDatabase(env, (db) =>
        new TenantService(db.orm.em.fork()).create({ slug, name }),
      );
      out.done(
        { id: tenant.id, slug: tenant.slug, name: tenant.name },
        `Created tenant ${tenant.slug} (${tenant.name}), id ${tenant.id}`,
      );
      return;
    }
    case 'apikey create': {
      const slug = required(flags, 'tenant');
      const mode = required(flags, 'mode').toUpperCase();
      if (!isMode(mode)) throw new UsageError('--mode must be test or live');
      const name = typeof flags.name === 'string' ? flags.name : `${mode.toLowerCase()} key`;
      const { secret, apiKey } = await withDatabase(env, async (db) => {
        const tenant = await new TenantService(db.orm.em.fork()).getBySlug(slug);
        return new ApiKeyService(scopedEm(db, tenant.id), tenant.id).create(
          { name, mode },
          CLI_ACTOR,
        );
      });
      out.done(
        {
          id: apiKey.id,
          key: secret,
          prefix: apiKey.prefix,
          mode: apiKey.mode,
        },
        `Created ${apiKey.mode} API key "${apiKey.name}" for ${slug}. It is shown once:\n\n  ${secret}\n`,
      );
      return;
    }
    case 'user create': {
      const slug = required(flags, 'tenant');
      const email = required(flags, 'email');
      const password = required(flags, 'password');
      const role = required(flags, 'role').toUpperCase();
      if (!isRole(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
      const user = await withDatabase(env, async (db) => {
        const tenant = await new TenantService(db.orm.em.fork()).getBySlug(slug);
        return new UserService(scopedEm(db, tenant.id), tenant.id).create(
          { email, password, role },
          CLI_ACTOR,
        );
      });
      out.done(
        { id: user.id, email: user.email, role: user.role },
        `Created ${user.role} ${user.email} in ${slug}, id ${user.id}`,
      );
      return;
    }
    case 'user disable':
    case 'user enable': {
      const email = required(flags, 'email');
      const disabled = words[1] === 'disable';
      const user = await withDatabase(env, async (db) => {
        const em = db.orm.em.fork();
        const { id } = await userByEmail(em, email);
        return new UserLifecycleService(em).update(id, { disabled }, CLI_ADMIN);
      });
      out.done(
        { id: user.id, email: user.email, role: user.role, disabled },
        disabled
          ? `Disabled ${user.email}; their sessions have ended.`
          : `Enabled ${user.email}; they can log in again.`,
      );
      return;
    }
    case 'user reset-password': {
      const email = required(flags, 'email');
      const { oneTimePassword, user } = await withDatabase(env, async (db) => {
        const em = db.orm.em.fork();
        const { id } = await userByEmail(em, email);
        return new UserLifecycleService(em).resetPassword(id, CLI_ADMIN);
      });
      out.done(
        { id: user.id, email: user.email, oneTimePassword },
        `Reset the password of ${user.email}; their sessions have ended. The one-time password is shown once:\n\n  ${oneTimePassword}\n\nThey must set a new password after logging in with it.`,
      );
      return;
    }
    case 'seed-demo': {
      const demo = await withDatabase(env, (db) => seedDemo(db.orm.em.fork(), CLI_ACTOR));
      if (!demo) {
        out.done({ created: false }, 'The demo tenant already exists; nothing was changed.');
        return;
      }
      out.done(
        { created: true, ...demo },
        [
          `Created tenant ${demo.tenant.slug}. These credentials are shown once:`,
          `  Console login  ${demo.admin.email}  /  ${demo.admin.password}`,
          ...(demo.platformAdmin
            ? [`  Platform admin ${demo.platformAdmin.email}  /  ${demo.platformAdmin.password}`]
            : []),
          `  Test API key   ${demo.testKey.key}`,
        ].join('\n'),
      );
      return;
    }
    default:
      throw new UsageError(words.length ? `unknown command "${command}"` : 'no command given');
  }
}

/** Runs one CLI command; resolves to the process exit code (0 ok, 1 failed, 2 usage, 78 config). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        slug: { type: 'string' },
        name: { type: 'string' },
        tenant: { type: 'string' },
        mode: { type: 'string' },
        email: { type: 'string' },
        password: { type: 'string' },
        role: { type: 'string' },
        kind: { type: 'string' },
        replace: { type: 'boolean', default: false },
        'keep-months': { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        format: { type: 'string' },
        limit: { type: 'string' },
        'batch-size': { type: 'string' },
        'label-delay-days': { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        'train-at': { type: 'string' },
        'train-days': { type: 'string' },
        algorithm: { type: 'string' },
        shadow: { type: 'boolean', default: false },
        score: { type: 'string' },
      },
    });
  } catch (error) {
    io.stderr(`error: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const json = values.json === true;
  const out: Output = {
    json,
    done(result, text) {
      io.stdout(json ? `${JSON.stringify(result)}\n` : `${text}\n`);
    },
  };
  try {
    await runCommand(positionals, values, out, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`error: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof DataFileError) {
      io.stderr(`error: ${error.message}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.stderr(`${error.message}\n`);
      return 78;
    }
    if (error instanceof AppError) {
      const details = error.details?.map((d) => `\n  ${d.field}: ${d.message}`).join('');
      io.stderr(details ? `error: invalid input${details}\n` : `error: ${error.message}\n`);
      return 1;
    }
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
