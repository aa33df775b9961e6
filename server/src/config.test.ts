import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, REPO_ROOT, loadConfig } from './config.js';

function problems(env: Record<string, string>) {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => p.variable);
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('has sensible defaults for a bare machine', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'production',
      port: 4000,
      databaseUrl: undefined,
      embeddedPgPort: 54329,
      introspection: false,
      seedDemo: true,
      jwtTtlSeconds: 8 * 3600,
    });
    expect(config.dataDir).toMatch(/\/\.data$/);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, ['PORT']],
    [{ PORT: '70000' }, ['PORT']],
    [{ DATABASE_URL: 'mysql://x' }, ['DATABASE_URL']],
    [{ JWT_SECRET: 'short' }, ['JWT_SECRET']],
    [{ NODE_ENV: 'staging', LOG_LEVEL: 'loud' }, ['NODE_ENV', 'LOG_LEVEL']],
    [{ GRAPHQL_INTROSPECTION: 'sometimes' }, ['GRAPHQL_INTROSPECTION']],
  ])('names every bad variable: %j', (env, expected) => {
    expect(problems(env)).toEqual(expected);
  });

  it('requires JWT_SECRET in production with an external database', () => {
    expect(problems({ DATABASE_URL: 'postgres://db/warden' })).toEqual(['JWT_SECRET']);
    expect(problems({ DATABASE_URL: 'postgres://db/warden', NODE_ENV: 'development' })).toEqual([]);
  });

  it('treats empty values as unset and lets GRAPHQL_INTROSPECTION override the default', () => {
    expect(loadConfig({ PORT: '', GRAPHQL_INTROSPECTION: 'true' })).toMatchObject({
      port: 4000,
      introspection: true,
    });
    expect(loadConfig({ NODE_ENV: 'development' }).introspection).toBe(true);
  });

  it.each([
    ['false', false],
    ['true', true],
    ['2', 2],
    ['10.0.0.0/8', '10.0.0.0/8'],
  ])('TRUST_PROXY=%s', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });
});

describe('server/.env.example', () => {
  it('documents every variable, and only those', () => {
    const text = readFileSync(`${REPO_ROOT}/server/.env.example`, 'utf8');
    const documented = [...text.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]);
    expect([...documented].sort()).toEqual([...CONFIG_VARIABLES].sort());
  });
});
