import { useCallback, useEffect, useRef, useState } from 'react';
import { useSession } from '@/genesys/session';
import { EMPTY_CHECKPOINT, runAudit, type AuditCheckpoint, type AuditProgress } from '@/features/admin/audit/run-audit';
import { useWhoCounts } from '@/foundations/people/use-who-counts';

/** Automatic resumes after a 429 before the Resume button is left to the person. */
const AUTO_RESUMES = 3;
/** The scheduler already holds the re-sent request until Retry-After has passed: this only spaces rounds. */
const AUTO_RESUME_DELAY_MS = 1_000;

export type AuditStatus = 'idle' | 'running' | 'cancelling' | 'cancelled' | 'failed' | 'complete';

export interface AuditRunState {
  status: AuditStatus;
  progress?: AuditProgress;
  checkpoint: AuditCheckpoint;
  error?: unknown;
  /** Stopped on a 429 and will resume by itself. */
  resumingAutomatically: boolean;
  /** Epoch ms when the run stopped: the "now" that presence ages are measured from. */
  stoppedAt?: number;
}

/**
 * Runs the audit and keeps its checkpoint, so Cancel and errors lose nothing: Resume reads only the
 * pages still missing. A job's progress, not server state, hence component state rather than the
 * query cache.
 *
 * Interactive priority: the person clicked Run and watches it. At background priority it shared the
 * budget first come first served with the page's own background reads (the role holders: ~110 pages
 * at 50,000 users), which doubled its time. Its 2 requests in flight delay a search by ≤ 2 slots.
 */
export function useAudit(presenceSourceId: string | null) {
  const { apis } = useSession();
  const who = useWhoCounts();
  const [state, setState] = useState<AuditRunState>({ status: 'idle', checkpoint: EMPTY_CHECKPOINT, resumingAutomatically: false });
  const controller = useRef<AbortController | null>(null);
  const autoResumes = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const checkpoint = useRef<AuditCheckpoint>(EMPTY_CHECKPOINT);
  const resumeLater = useRef<() => void>(() => undefined);

  const run = useCallback(
    (from: AuditCheckpoint) => {
      clearTimeout(timer.current);
      const abort = new AbortController();
      controller.current = abort;
      checkpoint.current = from;
      setState((current) => ({ ...current, status: 'running', checkpoint: from, resumingAutomatically: false }));
      void runAudit(apis, {
        signal: abort.signal,
        checkpoint: from,
        presenceSourceId,
        who,
        onProgress: (progress, next) => {
          checkpoint.current = next;
          if (!abort.signal.aborted) setState((current) => ({ ...current, progress, checkpoint: next }));
        },
      }).then((outcome) => {
        if (controller.current !== abort) return;
        checkpoint.current = outcome.checkpoint;
        if (outcome.status === 'failed') {
          const auto = outcome.rateLimited && autoResumes.current < AUTO_RESUMES;
          setState({
            status: 'failed',
            progress: outcome.progress,
            checkpoint: outcome.checkpoint,
            error: outcome.error,
            resumingAutomatically: auto,
            stoppedAt: Date.now(),
          });
          if (auto) {
            autoResumes.current += 1;
            timer.current = setTimeout(() => {
              resumeLater.current();
            }, AUTO_RESUME_DELAY_MS);
          }
          return;
        }
        autoResumes.current = 0;
        setState({
          status: outcome.status,
          progress: outcome.progress,
          checkpoint: outcome.checkpoint,
          resumingAutomatically: false,
          stoppedAt: Date.now(),
        });
      });
    },
    [apis, presenceSourceId, who],
  );

  useEffect(() => {
    resumeLater.current = () => {
      run(checkpoint.current);
    };
  }, [run]);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      controller.current?.abort();
      controller.current = null;
    },
    [],
  );

  return {
    state,
    start: () => {
      autoResumes.current = 0;
      run(EMPTY_CHECKPOINT);
    },
    resume: () => {
      autoResumes.current = 0;
      run(checkpoint.current);
    },
    cancel: () => {
      clearTimeout(timer.current);
      controller.current?.abort();
      // Pages in flight still land in the checkpoint, so none is read twice after Resume.
      setState((current) =>
        current.status === 'running'
          ? { ...current, status: 'cancelling' }
          : { ...current, status: 'cancelled', resumingAutomatically: false },
      );
    },
  };
}
