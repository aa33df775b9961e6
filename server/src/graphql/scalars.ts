import { DateTimeResolver, JSONResolver, UUIDResolver } from 'graphql-scalars';

/** The API's scalars: `DateTime` (ISO 8601), `JSON`, `UUID`. */
export const DateTimeScalar = DateTimeResolver;
export const JSONScalar = JSONResolver;
export const UUIDScalar = UUIDResolver;
