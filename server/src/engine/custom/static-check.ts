/**
 * A static check of a parsed CEL condition against a variable catalogue: unknown variables,
 * fields, rule codes and functions, and the type mistakes CEL would only report at run time
 * (mixing integer literals with the catalogue's doubles, comparing strings with numbers, a
 * result that cannot be true or false). Types are inferred where they are certain, `dyn`
 * elsewhere, so a valid condition is never flagged.
 */
import type { parse } from '@bufbuild/cel';
import type { VariableNode, VariableType } from './variables.js';

export type Expr = ReturnType<typeof parse>['expr'];

type StaticType = VariableType | 'group' | 'int' | 'uint' | 'list' | 'dyn';

interface Typed {
  type: StaticType;
  /** The catalogue node an identifier or field chain names. */
  node?: VariableNode;
  /** That chain as written, for messages. */
  path?: string;
}

/** Where the problem starts (0-based offset into the condition) and what it is. */
export interface RawProblem {
  offset: number;
  message: string;
}

/** Deeper nesting than this is refused: conditions stay readable and evaluation bounded. */
export const MAX_NESTING = 50;

/** CEL's standard functions and methods bound in the evaluation environment. */
export const KNOWN_FUNCTIONS = [
  'size',
  'contains',
  'startsWith',
  'endsWith',
  'matches',
  'int',
  'uint',
  'double',
  'string',
  'bool',
  'bytes',
  'dyn',
  'type',
  'timestamp',
  'duration',
  'getDayOfWeek',
  'getFullYear',
  'getMonth',
  'getDate',
  'getDayOfMonth',
  'getDayOfYear',
  'getHours',
  'getMinutes',
  'getSeconds',
  'getMilliseconds',
] as const;

const OPERATORS = new Set([
  '_&&_',
  '_||_',
  '!_',
  '@not_strictly_false',
  '_==_',
  '_!=_',
  '_<_',
  '_<=_',
  '_>_',
  '_>=_',
  '@in',
  '_+_',
  '_-_',
  '_*_',
  '_/_',
  '_%_',
  '-_',
  '_?_:_',
  '_[_]',
]);
const FUNCTIONS: ReadonlySet<string> = new Set(KNOWN_FUNCTIONS);
const ARITHMETIC: Readonly<Record<string, string>> = {
  '_+_': '+',
  '_-_': '-',
  '_*_': '*',
  '_/_': '/',
  '_%_': '%',
};
/** How operators are written, to point at them. */
const SYMBOLS: Readonly<Record<string, string>> = {
  '_&&_': '&&',
  '_||_': '||',
  '!_': '!',
  '_==_': '==',
  '_!=_': '!=',
  '_<_': '<',
  '_<=_': '<=',
  '_>_': '>',
  '_>=_': '>=',
  '@in': 'in',
  '-_': '-',
  '_?_:_': '?',
  '_[_]': '[',
  ...ARITHMETIC,
};
const ORDERING = new Set(['_<_', '_<=_', '_>_', '_>=_']);
const RESULT_TYPES: Readonly<Record<string, StaticType>> = {
  size: 'int',
  int: 'int',
  uint: 'uint',
  double: 'double',
  string: 'string',
  bool: 'bool',
  contains: 'bool',
  startsWith: 'bool',
  endsWith: 'bool',
  matches: 'bool',
  '@in': 'bool',
  '@not_strictly_false': 'bool',
};

const DYN: Typed = { type: 'dyn' };
const isInteger = (t: StaticType) => t === 'int' || t === 'uint';
const isNumber = (t: StaticType) => isInteger(t) || t === 'double';

/** Edit distance, for "did you mean" suggestions. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** ` (did you mean 'x'?)` for the closest candidate within a third of the name, else ''. */
export function suggestion(name: string, candidates: Iterable<string>, prefix = ''): string {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(name, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best === null ? '' : ` (did you mean '${prefix}${best}'?)`;
}

function describe(t: StaticType): string {
  if (t === 'double' || isInteger(t)) return 'a number';
  if (t === 'group') return 'a group of variables';
  return t === 'bool' ? 'true or false' : `a ${t}`;
}

/** Walks one parsed condition; `problems` collects what it finds, in source order of the walk. */
export class ConditionChecker {
  readonly problems: RawProblem[] = [];
  private tooDeep = false;

  constructor(
    private readonly source: string,
    private readonly positions: Readonly<Record<string, number>>,
    private readonly tree: VariableNode,
    private readonly codes: ReadonlySet<string>,
  ) {}

  /** Checks the whole condition, which must be able to give true or false. */
  checkCondition(expr: Expr): void {
    const { type } = this.check(expr, new Map(), 1);
    if (type !== 'bool' && type !== 'dyn')
      this.report(expr, `the condition must give true or false, but gives ${describe(type)}`);
  }

  /**
   * Where an expression starts as an editor should show it. The parser's position of an
   * operator or a call can sit a character off its symbol or name: the nearest occurrence wins.
   */
  private offsetOf(expr: Expr): number {
    const base = this.positions[String(expr.id)] ?? 0;
    if (expr.exprKind.case !== 'callExpr') return base;
    const fn = expr.exprKind.value.function;
    return this.nearest(SYMBOLS[fn] ?? fn, base);
  }

  private nearest(text: string, base: number): number {
    let best = base;
    let bestDistance = Infinity;
    for (let at = base - text.length - 1; at <= base + text.length + 1; at++) {
      if (at < 0 || !this.source.startsWith(text, at)) continue;
      if (Math.abs(at - base) < bestDistance) [best, bestDistance] = [at, Math.abs(at - base)];
    }
    return best;
  }

  private report(expr: Expr, message: string, offset = this.offsetOf(expr)): void {
    this.problems.push({ offset, message });
  }

  private check(expr: Expr, scope: ReadonlyMap<string, StaticType>, depth: number): Typed {
    if (depth > MAX_NESTING) {
      if (!this.tooDeep) this.report(expr, `nested deeper than ${MAX_NESTING} levels`);
      this.tooDeep = true;
      return DYN;
    }
    const kind = expr.exprKind;
    switch (kind.case) {
      case 'constExpr':
        return { type: this.constantType(kind.value.constantKind.case) };
      case 'identExpr':
        return this.ident(expr, kind.value.name, scope);
      case 'selectExpr': {
        const operand = this.check(kind.value.operand!, scope, depth + 1);
        if (kind.value.testOnly) {
          this.field(expr, operand, kind.value.field);
          return { type: 'bool' };
        }
        return this.field(expr, operand, kind.value.field);
      }
      case 'callExpr': {
        const target = kind.value.target
          ? this.check(kind.value.target, scope, depth + 1)
          : undefined;
        const args = kind.value.args.map((a) => this.check(a, scope, depth + 1));
        return this.call(expr, kind.value.function, target, args, kind.value.args);
      }
      case 'listExpr':
        for (const e of kind.value.elements) this.check(e, scope, depth + 1);
        return { type: 'list' };
      case 'structExpr':
        for (const entry of kind.value.entries) {
          if (entry.keyKind.case === 'mapKey') this.check(entry.keyKind.value, scope, depth + 1);
          if (entry.value) this.check(entry.value, scope, depth + 1);
        }
        return DYN;
      case 'comprehensionExpr': {
        const c = kind.value;
        this.check(c.iterRange!, scope, depth + 1);
        const accu = this.check(c.accuInit!, scope, depth + 1);
        const inner = new Map(scope);
        inner.set(c.iterVar, 'dyn');
        if (c.iterVar2) inner.set(c.iterVar2, 'dyn');
        inner.set(c.accuVar, accu.type);
        this.check(c.loopCondition!, inner, depth + 1);
        this.check(c.loopStep!, inner, depth + 1);
        return { type: this.check(c.result!, inner, depth + 1).type };
      }
      default:
        return DYN;
    }
  }

  private constantType(kind: string | undefined): StaticType {
    if (kind === 'boolValue') return 'bool';
    if (kind === 'int64Value') return 'int';
    if (kind === 'uint64Value') return 'uint';
    if (kind === 'doubleValue') return 'double';
    return kind === 'stringValue' ? 'string' : 'dyn';
  }

  private ident(expr: Expr, name: string, scope: ReadonlyMap<string, StaticType>): Typed {
    const bound = scope.get(name);
    if (bound) return { type: bound };
    const node = this.tree.children.get(name);
    if (node) return { type: node.type, node, path: name };
    const known = [...this.tree.children.keys()];
    this.report(expr, `unknown variable '${name}'${suggestion(name, known)}`);
    return DYN;
  }

  private field(expr: Expr, operand: Typed, field: string): Typed {
    const offset = this.source.indexOf(field, this.offsetOf(expr));
    const at = offset >= 0 ? offset : this.offsetOf(expr);
    const { node, path } = operand;
    if (node?.type === 'map') {
      if (this.codes.has(field)) return { type: 'bool' };
      const hint = suggestion(field, this.codes, `${path}.`);
      this.report(expr, `unknown built-in rule '${field}' in ${path}${hint}`, at);
      return { type: 'bool' };
    }
    if (node?.type === 'group') {
      const child = node.children.get(field);
      if (child) return { type: child.type, node: child, path: `${path}.${field}` };
      const hint = suggestion(field, node.children.keys(), `${path}.`);
      this.report(expr, `unknown variable '${path}.${field}'${hint}`, at);
      return DYN;
    }
    if (node)
      this.report(expr, `'${path}' is ${describe(node.type)} and has no field '${field}'`, at);
    return DYN;
  }

  private call(
    expr: Expr,
    fn: string,
    target: Typed | undefined,
    args: Typed[],
    argExprs: readonly Expr[],
  ): Typed {
    if (!OPERATORS.has(fn) && !FUNCTIONS.has(fn)) {
      this.report(expr, `unknown function '${fn}'${suggestion(fn, KNOWN_FUNCTIONS)}`);
      return DYN;
    }
    const [a = DYN, b = DYN, c = DYN] = args;
    if (fn === '_&&_' || fn === '_||_' || fn === '!_') {
      args.forEach((arg, i) => this.expectBool(argExprs[i]!, arg, fn.replaceAll('_', '')));
      return { type: 'bool' };
    }
    if (fn === '_==_' || fn === '_!=_' || ORDERING.has(fn)) {
      this.compare(expr, fn, a.type, b.type);
      return { type: 'bool' };
    }
    const symbol = ARITHMETIC[fn];
    if (symbol) return this.arithmetic(expr, symbol, a.type, b.type);
    if (fn === '-_') return { type: a.type };
    if (fn === '_?_:_') {
      this.expectBool(argExprs[0]!, a, '? :');
      return { type: b.type === c.type ? b.type : 'dyn' };
    }
    if (fn === '_[_]' && a.node?.type === 'map') {
      const key = argExprs[1]!.exprKind;
      if (key.case === 'constExpr' && key.value.constantKind.case === 'stringValue') {
        const code = key.value.constantKind.value;
        if (!this.codes.has(code))
          this.report(
            argExprs[1]!,
            `unknown built-in rule '${code}'${suggestion(code, this.codes)}`,
          );
      }
      return { type: 'bool' };
    }
    if (target?.type === 'group' || args.some((arg) => arg.type === 'group'))
      this.report(expr, `'${fn}' cannot take a group of variables`);
    return { type: RESULT_TYPES[fn] ?? 'dyn' };
  }

  private expectBool(expr: Expr, arg: Typed, operator: string): void {
    if (arg.type !== 'bool' && arg.type !== 'dyn')
      this.report(expr, `'${operator}' needs true or false, but gets ${describe(arg.type)}`);
  }

  private compare(expr: Expr, fn: string, a: StaticType, b: StaticType): void {
    const mixed = (a === 'string' && isNumber(b)) || (b === 'string' && isNumber(a));
    if (mixed && ORDERING.has(fn)) this.report(expr, 'cannot order a string against a number');
    else if (mixed) this.report(expr, 'compares a string with a number: never equal');
    else if (a === 'group' || b === 'group')
      this.report(expr, 'compares a group of variables: name one of its fields');
  }

  private arithmetic(expr: Expr, symbol: string, a: StaticType, b: StaticType): Typed {
    if ((isInteger(a) && b === 'double') || (a === 'double' && isInteger(b))) {
      this.report(
        expr,
        `'${symbol}' mixes an integer with a number variable (a double): write the integer as a double (2.0), or wrap it in double()`,
      );
      return { type: 'double' };
    }
    if (symbol === '%' && (a === 'double' || b === 'double')) {
      this.report(expr, "'%' needs integers: wrap the numbers in int()");
      return { type: 'dyn' };
    }
    if ((a === 'string' && isNumber(b)) || (isNumber(a) && b === 'string')) {
      this.report(expr, `'${symbol}' cannot combine a string with a number`);
      return DYN;
    }
    return { type: a === b && a !== 'group' ? a : 'dyn' };
  }
}
