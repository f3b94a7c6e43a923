// Running on custom input and submitting: the request, then the outcome from the live socket,
// with polling as a fallback when the socket is down.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../lib/api.ts';
import { type LiveEvent, liveEvents } from '../lib/events.ts';
import type { RunOutcome, RunView, SubmissionDetail, SubmissionState, TestReport } from '../lib/types.ts';

const RUN_POLL_MS = 1500;
const SUBMISSION_POLL_MS = 2000;
/** A run not back after this long is reported lost (the server keeps outcomes 10 minutes). */
const RUN_GIVE_UP_MS = 120_000;

export type RunState =
  | { phase: 'idle' }
  | { phase: 'running'; stdin: string }
  | { phase: 'done'; stdin: string; outcome: RunOutcome }
  | { phase: 'failed'; stdin: string; error: unknown };

export interface RunRequest {
  problemId: string;
  language: string;
  code: string;
  stdin: string;
}

export function useRun(): { state: RunState; run(request: RunRequest): Promise<void> } {
  const [state, setState] = useState<RunState>({ phase: 'idle' });
  const current = useRef(0);

  const run = useCallback(async (request: RunRequest) => {
    const ticket = ++current.current;
    const stale = () => ticket !== current.current;
    setState({ phase: 'running', stdin: request.stdin });
    try {
      const started = await api.post<RunView>('/api/v1/runs', request);
      const outcome = started.outcome ?? (await waitForRun(started.id, stale));
      if (!stale() && outcome) setState({ phase: 'done', stdin: request.stdin, outcome });
    } catch (error) {
      if (!stale()) setState({ phase: 'failed', stdin: request.stdin, error });
    }
  }, []);
  return { state, run };
}

function waitForRun(id: string, stale: () => boolean): Promise<RunOutcome | null> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (outcome: RunOutcome | null, error?: unknown) => {
      stop();
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(outcome);
    };
    const stop = liveEvents.listen(
      (event) => {
        if (event.type === 'run.done' && event.runId === id) finish(event.outcome as RunOutcome);
      },
      (event) => event.type === 'run.done' && event.runId === id,
    );
    const poll = async () => {
      if (stale()) return finish(null);
      if (Date.now() - started > RUN_GIVE_UP_MS) {
        return finish(null, new Error('the run did not come back within two minutes; try again'));
      }
      try {
        const view = await api.get<RunView>(`/api/v1/runs/${encodeURIComponent(id)}`);
        if (view.outcome) return finish(view.outcome);
      } catch (error) {
        return finish(null, error);
      }
      timer = setTimeout(poll, RUN_POLL_MS);
    };
    timer = setTimeout(poll, RUN_POLL_MS);
  });
}

export interface Judging {
  id: string | null;
  language: string;
  state: SubmissionState;
  testsDone: number;
  testsTotal: number | null;
  /** tests as they finish */
  tests: TestReport[];
  /** the stored submission once done */
  detail: SubmissionDetail | null;
  error: unknown;
}

export function useSubmit(onDone?: (detail: SubmissionDetail) => void) {
  const [judging, setJudging] = useState<Judging | null>(null);
  const cleanup = useRef<(() => void) | null>(null);
  const onDoneRef = useRef(onDone);
  onDoneRef.current = onDone;

  useEffect(() => () => cleanup.current?.(), []);

  const submit = useCallback(async (request: { problemId: string; language: string; code: string }) => {
    cleanup.current?.();
    const base: Judging = {
      id: null,
      language: request.language,
      state: 'queued',
      testsDone: 0,
      testsTotal: null,
      tests: [],
      detail: null,
      error: null,
    };
    setJudging(base);
    let id: string;
    try {
      const accepted = await api.post<{ id: string; state: SubmissionState }>('/api/v1/submissions', request, {
        headers: { 'idempotency-key': crypto.randomUUID() },
      });
      id = accepted.id;
    } catch (error) {
      setJudging({ ...base, error });
      return;
    }
    setJudging({ ...base, id });

    let finished = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const complete = (detail: SubmissionDetail) => {
      if (finished) return;
      finished = true;
      cleanup.current?.();
      setJudging((previous) => ({
        ...(previous ?? base),
        id,
        state: 'done',
        testsDone: detail.testsDone,
        testsTotal: detail.testsTotal,
        tests: detail.tests,
        detail,
      }));
      onDoneRef.current?.(detail);
    };
    const fetchDetail = async () => {
      const detail = await api.get<SubmissionDetail>(`/api/v1/submissions/${encodeURIComponent(id)}`);
      if (detail.state === 'done') complete(detail);
      return detail;
    };
    const onEvent = (event: LiveEvent) => {
      if (event.submissionId !== id || finished) return;
      if (event.type === 'submission.update') {
        const test = event.test as TestReport | null;
        setJudging((previous) => {
          if (!previous || previous.id !== id) return previous;
          const tests =
            test && !previous.tests.some((t) => t.name === test.name) ? [...previous.tests, test] : previous.tests;
          return {
            ...previous,
            state: event.state as SubmissionState,
            testsDone: Math.max(previous.testsDone, Number(event.testsDone)),
            testsTotal: (event.testsTotal as number | null) ?? previous.testsTotal,
            tests,
          };
        });
      } else if (event.type === 'submission.done') {
        fetchDetail().catch((error: unknown) => setJudging((previous) => previous && { ...previous, error }));
      }
    };
    const stopListening = liveEvents.listen(onEvent, (event) => event.submissionId === id);
    const poll = async () => {
      if (finished) return;
      try {
        const detail = await fetchDetail();
        if (!finished) {
          setJudging((previous) =>
            previous && previous.id === id
              ? {
                  ...previous,
                  state: detail.state,
                  testsDone: Math.max(previous.testsDone, detail.testsDone),
                  testsTotal: detail.testsTotal ?? previous.testsTotal,
                }
              : previous,
          );
        }
      } catch {
        // the next poll or the socket will tell
      }
      if (!finished) timer = setTimeout(poll, SUBMISSION_POLL_MS);
    };
    timer = setTimeout(poll, SUBMISSION_POLL_MS);
    cleanup.current = () => {
      stopListening();
      clearTimeout(timer);
      cleanup.current = null;
    };
  }, []);

  const clear = useCallback(() => {
    cleanup.current?.();
    setJudging(null);
  }, []);

  return { judging, submit, clear };
}
