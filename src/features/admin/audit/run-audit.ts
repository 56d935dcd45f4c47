// The provisioning audit as a plain async function over the platform APIs, so that the
// admin view, a benchmark or a script can run it. It reads every user once (GET /api/v2/users,
// 500 per page, state=any) and then UC presence for a sample of them; it can be stopped and
// resumed from its checkpoint without reading a page twice.
import { z } from 'zod/mini';
import { genesysErrorInfo } from '@/genesys/api-answer';
import { parseAnswer } from '@/genesys/api-answer';
import type { WhoCounts } from '@/foundations/people/directory-user';
import type { PlatformApis } from '@/genesys/sdk';
import { toAuditUser, type AuditUser } from '@/features/admin/audit/audit-user';
import { presenceBatches as batchesOf, readPresenceBatch } from '@/foundations/presence/presence-reader';

/** Genesys' largest page for GET /api/v2/users (without integrationPresenceSource). */
export const AUDIT_PAGE_SIZE = 500;
/** Users whose UC presence is read for the sync health: 10 requests of the presence reader. */
export const PRESENCE_SAMPLE_SIZE = 1000;

export interface AuditCheckpoint {
  /** Users in the org when page 1 was read. */
  readonly total?: number;
  readonly pageCount?: number;
  /** Pages read, by page number. */
  readonly pages: ReadonlyMap<number, readonly AuditUser[]>;
  /** Entries of the pages that could not be read as users. */
  readonly unreadable: number;
  /** UC presence modifiedDate (epoch ms) of each bulk request of the sample, by batch index. */
  readonly presenceBatches: ReadonlyMap<number, readonly number[]>;
}

export const EMPTY_CHECKPOINT: AuditCheckpoint = { pages: new Map(), unreadable: 0, presenceBatches: new Map() };

export interface AuditProgress {
  pagesRead: number;
  pageCount?: number;
  usersRead: number;
  total?: number;
  presenceBatchesRead: number;
  presenceBatchCount: number;
  /** Requests this run sent (resumed runs count from zero). */
  requests: number;
}

export interface AuditOptions {
  signal?: AbortSignal;
  /** Who counts as a person of the served integration (its tag; launch parameter `people`). */
  who: WhoCounts;
  /** After every request, with the checkpoint to resume from. */
  onProgress?: (progress: AuditProgress, checkpoint: AuditCheckpoint) => void;
  /** Where a previous run stopped. */
  checkpoint?: AuditCheckpoint;
  pageSize?: number;
  /** Pages in flight at once; the scheduler paces them to the rate budget. */
  concurrency?: number;
  /** The UC presence source id (the UC integration's id); null: no presence health. */
  presenceSourceId?: string | null;
  presenceSampleSize?: number;
}

export type AuditOutcome =
  | { status: 'complete' | 'cancelled'; checkpoint: AuditCheckpoint; progress: AuditProgress }
  | { status: 'failed'; checkpoint: AuditCheckpoint; progress: AuditProgress; error: unknown; rateLimited: boolean };

const pageSchema = z.object({
  entities: z._default(z.array(z.unknown()), []),
  total: z.optional(z.number().check(z.int(), z.nonnegative())),
  pageCount: z.optional(z.number().check(z.int(), z.nonnegative())),
});

/** Every user read, in page order. */
export function auditUsersOf(checkpoint: AuditCheckpoint): AuditUser[] {
  return [...checkpoint.pages.entries()].sort(([a], [b]) => a - b).flatMap(([, users]) => users);
}

/** Active UC users spread evenly over the directory: a sample that does not favour one part of it. */
export function presenceSampleOf(users: readonly AuditUser[], size: number): string[] {
  const eligible = users.filter((user) => user.state === 'active' && (user.ucNumber ?? '') !== '');
  if (eligible.length <= size) return eligible.map((user) => user.id);
  const step = eligible.length / size;
  return Array.from({ length: size }, (_, i) => eligible[Math.floor(i * step)]?.id ?? '').filter(Boolean);
}

/** Runs `tasks` with `concurrency` in flight; stops taking new ones on cancel or the first failure. */
async function drain(
  tasks: (() => Promise<void>)[],
  concurrency: number,
  signal: AbortSignal | undefined,
): Promise<{ error: unknown } | null> {
  let failure: { error: unknown } | null = null;
  const worker = async () => {
    for (let task = tasks.shift(); task; task = tasks.shift()) {
      if (signal?.aborted || failure) return;
      try {
        await task();
      } catch (error: unknown) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return failure;
}

/** A page's entries as audit users; entries that are not readable as users are only counted. */
function pageUsers(entities: readonly unknown[], who: WhoCounts): { users: AuditUser[]; unreadable: number } {
  const users: AuditUser[] = [];
  let unreadable = 0;
  for (const raw of entities) {
    const user = toAuditUser(raw, who);
    if (user) users.push(user);
    else unreadable += 1;
  }
  return { users, unreadable };
}

/** Pages 2..pageCount not in the checkpoint (page 1 is read first, alone, to learn pageCount). */
function unreadPages(pages: ReadonlyMap<number, unknown>, pageCount: number): number[] {
  return Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => i + 2).filter((page) => !pages.has(page));
}

export async function runAudit(apis: Pick<PlatformApis, 'users'>, options: AuditOptions): Promise<AuditOutcome> {
  const { signal, onProgress } = options;
  const pageSize = options.pageSize ?? AUDIT_PAGE_SIZE;
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const start = options.checkpoint ?? EMPTY_CHECKPOINT;
  let total = start.total;
  let pageCount = start.pageCount;
  let unreadable = start.unreadable;
  const pages = new Map(start.pages);
  const presenceBatches = new Map(start.presenceBatches);
  let presenceBatchCount = 0;
  let requests = 0;

  const checkpoint = (): AuditCheckpoint => ({
    ...(total === undefined ? {} : { total }),
    ...(pageCount === undefined ? {} : { pageCount }),
    pages: new Map(pages),
    unreadable,
    presenceBatches: new Map(presenceBatches),
  });
  const progress = (): AuditProgress => ({
    pagesRead: pages.size,
    ...(pageCount === undefined ? {} : { pageCount }),
    usersRead: [...pages.values()].reduce((sum, users) => sum + users.length, 0),
    ...(total === undefined ? {} : { total }),
    presenceBatchesRead: presenceBatches.size,
    presenceBatchCount,
    requests,
  });
  const report = () => onProgress?.(progress(), checkpoint());

  async function readPage(pageNumber: number): Promise<void> {
    requests += 1;
    // state=any: inactive and deleted users are part of what the audit looks for.
    const answer = parseAnswer(
      pageSchema,
      await apis.users.getUsers({ pageSize, pageNumber, state: 'any', expand: ['dateLastLogin'] }),
      'users',
    );
    const { users, unreadable: skipped } = pageUsers(answer.entities, options.who);
    unreadable += skipped;
    if (pageNumber === 1) {
      total = answer.total ?? users.length;
      pageCount = answer.pageCount ?? 1;
    }
    pages.set(pageNumber, users);
    report();
  }

  async function readPresence(batchIndex: number, ids: readonly string[]): Promise<void> {
    requests += 1;
    const { presences } = await readPresenceBatch(apis, options.who.uc, ids);
    const dates = [...presences.values()].flatMap((presence) => (presence.since === undefined ? [] : [presence.since]));
    presenceBatches.set(batchIndex, dates);
    report();
  }

  const stopped = (failure: { error: unknown } | null): AuditOutcome | null => {
    if (failure) {
      const rateLimited = genesysErrorInfo(failure.error).status === 429;
      return { status: 'failed', checkpoint: checkpoint(), progress: progress(), error: failure.error, rateLimited };
    }
    if (signal?.aborted) return { status: 'cancelled', checkpoint: checkpoint(), progress: progress() };
    return null;
  };

  if (!pages.has(1)) {
    const first = await drain([() => readPage(1)], concurrency, signal);
    const outcome = stopped(first);
    if (outcome) return outcome;
  }
  const missing = unreadPages(pages, pageCount ?? 1).map((page) => () => readPage(page));
  const pagesOutcome = stopped(await drain(missing, concurrency, signal));
  if (pagesOutcome) return pagesOutcome;

  // Set when the org has an active UC integration (its presence is read by user id, not by this id).
  if (options.presenceSourceId) {
    const sample = presenceSampleOf(auditUsersOf(checkpoint()), options.presenceSampleSize ?? PRESENCE_SAMPLE_SIZE);
    const sampleBatches = batchesOf(sample);
    presenceBatchCount = sampleBatches.length;
    const batches = sampleBatches.flatMap((ids, index) => (presenceBatches.has(index) ? [] : [() => readPresence(index, ids)]));
    const presenceOutcome = stopped(await drain(batches, concurrency, signal));
    if (presenceOutcome) return presenceOutcome;
  }
  report();
  return { status: 'complete', checkpoint: checkpoint(), progress: progress() };
}
