/**
 * Custom rules' conditions: validated with positions an editor can point at, then compiled once
 * per policy version into a test the engine runs per event. Evaluation never throws: a run-time
 * CEL error or a result that is not true / false comes back as `{ error }`.
 */
import { celEnv, celMap, isCelError, parse, plan, type CelInput } from '@bufbuild/cel';
import type { CompiledCustomRule, CustomRule, EventKind } from '../types.js';
import { Fallback, fastCondition } from './fast.js';
import { ConditionChecker, type RawProblem } from './static-check.js';
import { BUILT_IN_CODES, variableTree } from './variables.js';

/** Longest condition accepted, in characters. */
export const MAX_CONDITION_LENGTH = 2_000;

/** One thing wrong with a condition; line and column are 1-based. */
export interface ConditionProblem {
  message: string;
  offset: number;
  line: number;
  column: number;
}

const ENV = celEnv();
const CODES: Record<EventKind, ReadonlySet<string>> = {
  TRANSACTION: new Set(BUILT_IN_CODES.TRANSACTION),
  ACCOUNT: new Set(BUILT_IN_CODES.ACCOUNT),
};
/** Offset of the first control character other than tab, line feed and carriage return. */
function controlCharacterAt(source: string): number {
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return i;
  }
  return -1;
}

/** 1-based line and column of a 0-based offset. */
function located(source: string, { offset, message }: RawProblem): ConditionProblem {
  const at = Math.max(0, Math.min(offset, source.length));
  const before = source.slice(0, at);
  const line = before.split('\n').length;
  const column = at - (before.lastIndexOf('\n') + 1) + 1;
  return { message, offset: at, line, column };
}

/** The parse error's offset and message, when the parser says where it stopped. */
function syntaxProblem(error: unknown): RawProblem {
  if (error instanceof RangeError) return { offset: 0, message: 'condition nested too deeply' };
  const e = error as { location?: { start?: { offset?: number } }; rawMessage?: string };
  const message = e.rawMessage ?? (error instanceof Error ? error.message : String(error));
  return { offset: e.location?.start?.offset ?? 0, message: `syntax error: ${message}` };
}

type Parsed = ReturnType<typeof parse>;

function parsed(source: string): Parsed | RawProblem {
  try {
    return parse(source);
  } catch (error) {
    return syntaxProblem(error);
  }
}

/** The condition's problems, and its syntax tree when it parsed (the parser is the slow part). */
function examined(kind: EventKind, source: string): { problems: RawProblem[]; ast?: Parsed } {
  const refused = (offset: number, message: string) => ({ problems: [{ offset, message }] });
  if (source.trim() === '') return refused(0, 'the condition is empty');
  if (source.length > MAX_CONDITION_LENGTH)
    return refused(
      MAX_CONDITION_LENGTH,
      `the condition is ${source.length} characters long, at most ${MAX_CONDITION_LENGTH}`,
    );
  const control = controlCharacterAt(source);
  if (control >= 0) {
    const hex = source.charCodeAt(control).toString(16).padStart(4, '0').toUpperCase();
    return refused(control, `control character U+${hex} is not allowed`);
  }
  const ast = parsed(source);
  if (!('expr' in ast)) return { problems: [ast] };
  const checker = new ConditionChecker(
    source,
    ast.sourceInfo?.positions ?? {},
    variableTree(kind),
    CODES[kind],
  );
  checker.checkCondition(ast.expr);
  return { problems: checker.problems, ast };
}

/** What is wrong with a condition for events of `kind`; an empty list means it is valid. */
export function validateCondition(kind: EventKind, source: string): ConditionProblem[] {
  return examined(kind, source).problems.map((p) => located(source, p));
}

const isGroup = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

function celGroup(group: Record<string, unknown>): CelInput {
  const entries = Object.entries(group).map(([k, v]) => [k, isGroup(v) ? celGroup(v) : v] as const);
  return celMap(new Map(entries as [string, CelInput][]));
}

/**
 * The variables with their groups (customer, rules…) turned into CEL maps once: CEL converts a
 * plain object on every access, so an event's rules would each pay for it (8 µs for `rules.X`,
 * 0.4 µs once prepared). Tests accept plain and prepared variables alike.
 */
export function preparedVariables(
  variables: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const prepared: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(variables))
    prepared[name] = isGroup(value) ? celGroup(value) : value;
  return prepared;
}

/** Variables prepared for CEL, per event's variables object: rules of one event share them. */
const preparedOf = new WeakMap<object, Record<string, unknown>>();

function prepared(variables: Readonly<Record<string, unknown>>): Record<string, unknown> {
  let value = preparedOf.get(variables);
  if (!value) preparedOf.set(variables, (value = preparedVariables(variables)));
  return value;
}

/** A CEL value as an analyst would read it in "gives …". */
function shown(value: unknown): string {
  if (typeof value === 'string') return `the string '${value}'`;
  if (typeof value === 'number' || typeof value === 'bigint') return `the number ${value}`;
  return `a ${typeof value}`;
}

/**
 * Parses and plans the rule's condition once. Throws when the condition is invalid (see
 * validateCondition), naming the rule and the first problem's position.
 */
export function compileCustomRule(rule: CustomRule): CompiledCustomRule {
  const { problems, ast } = examined(rule.eventKind, rule.condition);
  const first = problems[0] && located(rule.condition, problems[0]);
  if (first || !ast)
    throw new Error(
      `custom rule ${rule.code}: invalid condition at line ${first?.line ?? 1}, column ${first?.column ?? 1}: ${first?.message ?? 'unreadable'}`,
    );
  const run = plan(ENV, ast);
  const fast = fastCondition(ast.expr);
  /** The CEL library's answer; it needs the variable groups as CEL maps. */
  const slow = (variables: Readonly<Record<string, unknown>>): boolean | { error: string } => {
    try {
      const result = run(prepared(variables) as Record<string, never>);
      if (isCelError(result)) return { error: result.message };
      if (typeof result === 'boolean') return result;
      return { error: `the condition gave ${shown(result)}, not true or false` };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  };
  return {
    ...rule,
    test(variables) {
      if (fast) {
        try {
          return fast(variables);
        } catch (error) {
          if (!(error instanceof Fallback)) throw error;
        }
      }
      return slow(variables);
    },
  };
}
