import { z } from 'zod';
import { isProductionLike, type DeploymentEnv } from '../secrets';

/**
 * ACCESS_CONTROL: `on` (the default, and the only value a real deployment starts with) or `off`,
 * for measurement only: the benchmark's baseline of the same lookups without access checks and
 * without the audit trail (issue 5: "checks and audit on, against the same with them off").
 */
export const accessControlSetting = z.enum(['on', 'off']).default('on');

export type AccessControl = z.infer<typeof accessControlSetting>;

/** Why this start must be refused, or null: `off` is refused wherever real people's data may be served. */
export function accessControlProblem(env: DeploymentEnv, accessControl: AccessControl): string | null {
  if (accessControl === 'on' || !isProductionLike(env)) return null;
  return 'ACCESS_CONTROL: off (no access checks, no audit trail) is for measurement in dev only and is refused when NODE_ENV=production or AUTH_MODE is not dev; remove it';
}
