/** LIVE and TEST are separate worlds inside a tenant; an API key carries exactly one. */
export const MODES = ['LIVE', 'TEST'] as const;
export type Mode = (typeof MODES)[number];

export function isMode(value: string): value is Mode {
  return (MODES as readonly string[]).includes(value);
}
