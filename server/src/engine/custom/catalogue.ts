/** The shape of a custom-rule variable catalogue entry, and the entries every kind shares. */
/** CEL types of the variables: every number is a double. */
export const VARIABLE_TYPES = ['double', 'string', 'bool', 'map'] as const;
export type VariableType = (typeof VARIABLE_TYPES)[number];

export interface VariableSpec {
  /** Dotted path as written in a condition, e.g. 'recipient.timesSent'. */
  name: string;
  type: VariableType;
  /** What it measures, and the value it takes when the fact is unknown. */
  description: string;
  /** A condition using it. */
  example: string;
}

/** One catalogue entry, written on one line per variable. */
export const v = (
  name: string,
  type: VariableType,
  description: string,
  example: string,
): VariableSpec => ({ name, type, description, example });

/** The event's time, read the same way for every kind. */
export const TIME: readonly VariableSpec[] = [
  v('time.hour', 'double', 'Hour of the event, 0–23, UTC.', 'time.hour >= 23 || time.hour <= 5'),
  v(
    'time.dayOfWeek',
    'double',
    "Day of the event, UTC, 0 = Sunday … 6 = Saturday (as CEL's getDayOfWeek).",
    'time.dayOfWeek == 0 || time.dayOfWeek == 6',
  ),
];
