import { registerEnumType } from 'type-graphql';
import { MODES } from '../domain/modes.js';
import { ROLES } from '../domain/roles.js';

/** `{ A: 'A', B: 'B' }` from a closed `as const` array, so schema enums and domain unions agree. */
export function enumObject<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as {
    [K in T[number]]: K;
  };
}

export const VIEWER_KINDS = ['USER', 'API_KEY'] as const;

export const RoleEnum = enumObject(ROLES);
export const ModeEnum = enumObject(MODES);
export const ViewerKindEnum = enumObject(VIEWER_KINDS);

registerEnumType(RoleEnum, { name: 'Role', description: 'Console role' });
registerEnumType(ModeEnum, {
  name: 'Mode',
  description: 'LIVE and TEST are separate worlds inside a tenant',
});
registerEnumType(ViewerKindEnum, { name: 'ViewerKind' });
