import { genesysErrorInfo } from '@/genesys/api-answer';
import type { PlatformApis } from '@/genesys/sdk';
import { hasPermission } from '@/foundations/permissions/permission-model';
import type { NotChecked, RequestBudget } from '@/features/check/check-model';
import type { UcProfile } from '@/genesys/uc-table';

/** What every probe gets: the APIs, the signed-in admin's permissions and the run's request budget. */
export interface ProbeContext {
  apis: PlatformApis;
  /** The integration the frame serves: its source, tag and permission are what the probes look for. */
  uc: UcProfile;
  held: readonly string[];
  budget: RequestBudget;
}

/** The permissions of `needed` the admin lacks: a probe that needs one says so and sends nothing. */
export function lacking(context: ProbeContext, needed: readonly string[]): NotChecked | null {
  const missing = needed.filter((permission) => !hasPermission(context.held, permission));
  return missing.length > 0 ? { reason: 'permission', permissions: missing } : null;
}

export function failed(error: unknown): NotChecked {
  const { status } = genesysErrorInfo(error);
  return { reason: 'failed', error, ...(status === undefined ? {} : { status }) };
}

/** Thrown inside a probe when the budget refuses a request; the probe reports it as not checked. */
export class BudgetSpent extends Error {
  constructor() {
    super('The org check spent its request budget');
    this.name = 'BudgetSpent';
  }
}

/** Sends one request if the budget allows it (counting it on `tally`), else throws BudgetSpent. */
export async function send<T>(context: ProbeContext, tally: { requests: number }, request: () => Promise<T>): Promise<T> {
  if (!context.budget.spend()) throw new BudgetSpent();
  tally.requests += 1;
  return request();
}

export function notCheckedFrom(error: unknown): NotChecked {
  return error instanceof BudgetSpent ? { reason: 'budget' } : failed(error);
}
