/** A mistake in how the command was called: exit code 2 and the usage hint. */
export class UsageError extends Error {}
