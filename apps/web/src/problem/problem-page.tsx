import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { ErrorNote, Skeleton } from '../components/bits.tsx';
import { PlayIcon, UploadIcon } from '../components/icons.tsx';
import { Layout } from '../components/layout.tsx';
import { ApiError, api } from '../lib/api.ts';
import { Link, useTitle } from '../lib/router.tsx';
import { useSession } from '../lib/session.tsx';
import type { Draft, ProblemDetail, Progress, ProgressStatus, SubmissionDetail } from '../lib/types.ts';
import { useAsync } from '../lib/use-async.ts';
import { DraftBanner } from './draft-banner.tsx';
import {
  deleteAccountDraft,
  loadAccountDrafts,
  newestDraft,
  preferredLanguage,
  readLocalDraft,
  rememberLanguage,
  removeLocalDraft,
  saveAccountDraft,
  writeLocalDraft,
} from './drafts.ts';
import { RunResult } from './run-result.tsx';
import { Statement } from './statement.tsx';
import { SubmissionsTab } from './submissions-tab.tsx';
import { useRun, useSubmit } from './use-judge.ts';
import { VerdictPanel } from './verdict-panel.tsx';

const CodeEditor = lazy(() => import('./editor.tsx'));

/** Typing pauses this long before the draft is saved to the account. */
const ACCOUNT_SAVE_DELAY_MS = 1500;
const FALLBACK_LANGUAGES = ['python3', 'cpp17', 'java', 'javascript'];

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl';

function firstLanguage(problem: ProblemDetail): string {
  const available = new Set(problem.languages.map((language) => language.id));
  const preferred = preferredLanguage();
  if (preferred && available.has(preferred)) return preferred;
  return FALLBACK_LANGUAGES.find((id) => available.has(id)) ?? problem.languages[0]?.id ?? 'python3';
}

interface Loaded {
  problem: ProblemDetail;
  drafts: Draft[];
  status: ProgressStatus | null;
}

async function loadProblem(id: string, signedIn: boolean, signal: AbortSignal): Promise<Loaded> {
  const problemRequest = api.get<ProblemDetail>(`/api/v1/problems/${encodeURIComponent(id)}`, { signal });
  if (!signedIn) return { problem: await problemRequest, drafts: [], status: null };
  const [problem, drafts, progress] = await Promise.all([
    problemRequest,
    loadAccountDrafts(id, signal).catch(() => [] as Draft[]),
    api.get<Progress>('/api/v1/me/progress', { signal }).catch(() => null),
  ]);
  const status = progress?.problems.find((entry) => entry.problemId === id)?.status ?? 'not_started';
  return { problem, drafts, status };
}

export default function ProblemPage({ id }: { id: string }) {
  const { user } = useSession();
  const signedIn = Boolean(user);
  const sessionKnown = user !== undefined;
  // wait for the session: a signed-in visitor's page also needs their drafts and status
  const loaded = useAsync(
    (signal) => (sessionKnown ? loadProblem(id, signedIn, signal) : new Promise<Loaded>(() => undefined)),
    [id, signedIn, sessionKnown],
  );
  useTitle(loaded.data?.problem.title ?? 'Problem');

  if (user === undefined || (loaded.loading && !loaded.data)) {
    return (
      <Layout wide>
        <div className="workspace">
          <div className="pane">
            <Skeleton lines={10} />
          </div>
          <div className="pane editor-skeleton" />
        </div>
      </Layout>
    );
  }
  if (loaded.error || !loaded.data) {
    const unknown = loaded.error instanceof ApiError && loaded.error.code === 'unknown_problem';
    return (
      <Layout>
        {unknown ? (
          <section className="empty-state">
            <h1>No such problem</h1>
            <p className="muted">“{id}” is not in the catalog, or it is not published yet.</p>
            <Link href="/problems" className="button button-primary">
              Browse problems
            </Link>
          </section>
        ) : (
          <ErrorNote error={loaded.error}>
            <button type="button" className="button button-small" onClick={loaded.reload}>
              Try again
            </button>
          </ErrorNote>
        )}
      </Layout>
    );
  }
  return <Workspace key={`${id}:${signedIn}`} loaded={loaded.data} signedIn={signedIn} />;
}

function Workspace({ loaded, signedIn }: { loaded: Loaded; signedIn: boolean }) {
  const { problem } = loaded;
  const accountDrafts = useRef(new Map(loaded.drafts.map((draft) => [draft.language, draft])));
  const initialCode = (language: string) =>
    newestDraft(readLocalDraft(problem.id, language), accountDrafts.current.get(language))?.code ??
    problem.starter[language] ??
    '';

  const [language, setLanguage] = useState(() => firstLanguage(problem));
  const [code, setCode] = useState(() => initialCode(language));
  const [saved, setSaved] = useState<'idle' | 'local' | 'account' | 'saving'>('idle');
  const [leftTab, setLeftTab] = useState<'description' | 'submissions'>('description');
  const [bottomTab, setBottomTab] = useState<'run' | 'submission'>('run');
  const [stdin, setStdin] = useState(problem.samples[0]?.input ?? '');
  const [status, setStatus] = useState<ProgressStatus | null>(loaded.status);
  const [historyKey, setHistoryKey] = useState(0);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const { state: runState, run } = useRun();
  const onJudged = useCallback((detail: SubmissionDetail) => {
    setHistoryKey((key) => key + 1);
    if (detail.verdict === 'AC') setStatus('completed');
    else setStatus((current) => (current === 'completed' ? current : 'in_progress'));
  }, []);
  const { judging, submit } = useSubmit(onJudged);

  const flushAccountSave = useCallback(
    (lang: string, text: string) => {
      clearTimeout(saveTimer.current);
      if (!signedIn) return;
      setSaved('saving');
      saveAccountDraft(problem.id, lang, text)
        .then((toAccount) => setSaved(toAccount ? 'account' : 'local'))
        .catch(() => setSaved('local'));
    },
    [problem.id, signedIn],
  );

  const onChange = (text: string) => {
    setCode(text);
    writeLocalDraft(problem.id, language, text);
    setSaved('local');
    clearTimeout(saveTimer.current);
    if (signedIn) saveTimer.current = setTimeout(() => flushAccountSave(language, text), ACCOUNT_SAVE_DELAY_MS);
  };

  useEffect(() => () => clearTimeout(saveTimer.current), []);

  const switchLanguage = (next: string, text?: string) => {
    if (saveTimer.current) flushAccountSave(language, code);
    rememberLanguage(next);
    setLanguage(next);
    const nextCode = text ?? initialCode(next);
    setCode(nextCode);
    if (text !== undefined) writeLocalDraft(problem.id, next, text);
    setSaved('idle');
  };

  const reset = () => {
    if (!window.confirm('Replace your code with the starter code? Your draft in this language is deleted.')) return;
    clearTimeout(saveTimer.current);
    removeLocalDraft(problem.id, language);
    accountDrafts.current.delete(language);
    if (signedIn) deleteAccountDraft(problem.id, language).catch(() => undefined);
    setCode(problem.starter[language] ?? '');
    setSaved('idle');
  };

  const latest = useRef({ code, language, stdin });
  latest.current = { code, language, stdin };
  const doRun = useCallback(() => {
    if (!signedIn) return;
    setBottomTab('run');
    const current = latest.current;
    run({ problemId: problem.id, language: current.language, code: current.code, stdin: current.stdin });
  }, [problem.id, run, signedIn]);
  const doSubmit = useCallback(() => {
    if (!signedIn) return;
    setBottomTab('submission');
    const current = latest.current;
    flushAccountSave(current.language, current.code);
    submit({ problemId: problem.id, language: current.language, code: current.code });
  }, [problem.id, submit, signedIn, flushAccountSave]);

  // the shortcuts work anywhere on the page; inside the editor its own keymap takes them first
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      if (event.shiftKey) doSubmit();
      else doRun();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [doRun, doSubmit]);

  const markStatus = async (next: ProgressStatus) => {
    const previous = status;
    setStatus(next);
    try {
      await api.put(`/api/v1/problems/${encodeURIComponent(problem.id)}/progress`, { status: next });
    } catch {
      setStatus(previous);
    }
  };

  const running = runState.phase === 'running';
  const judgingNow = Boolean(judging && !judging.detail && !judging.error);
  const languageName = problem.languages.find((entry) => entry.id === language)?.name ?? language;

  return (
    <Layout wide>
      {!problem.published && <DraftBanner problem={problem} />}
      <div className="workspace">
        <section className="pane statement-side" aria-label="Problem">
          <div className="tabs" role="tablist" aria-label="Problem views">
            <button
              type="button"
              role="tab"
              aria-selected={leftTab === 'description'}
              className={`tab ${leftTab === 'description' ? 'active' : ''}`}
              onClick={() => setLeftTab('description')}
            >
              Description
            </button>
            {signedIn && (
              <button
                type="button"
                role="tab"
                aria-selected={leftTab === 'submissions'}
                className={`tab ${leftTab === 'submissions' ? 'active' : ''}`}
                onClick={() => setLeftTab('submissions')}
              >
                Submissions
              </button>
            )}
            {signedIn && status && (
              <label className="status-select">
                <span className="visually-hidden">Your status on this problem</span>
                <select
                  value={status}
                  onChange={(event) => markStatus(event.target.value as ProgressStatus)}
                  data-status={status}
                  data-testid="progress-status"
                >
                  <option value="not_started">Not started</option>
                  <option value="in_progress">In progress</option>
                  <option value="completed">Completed</option>
                </select>
              </label>
            )}
          </div>
          <div
            className="pane-body"
            role="tabpanel"
            aria-label={leftTab === 'description' ? 'Description' : 'Submissions'}
          >
            {leftTab === 'description' ? (
              <Statement
                problem={problem}
                onUseInput={(input) => {
                  setStdin(input);
                  setBottomTab('run');
                }}
              />
            ) : (
              <SubmissionsTab
                problemId={problem.id}
                refreshKey={historyKey}
                onLoadCode={(lang, text) => switchLanguage(lang, text)}
              />
            )}
          </div>
        </section>

        <section className="pane editor-side" aria-label="Code">
          <div className="editor-toolbar">
            <label className="select select-small">
              <span className="visually-hidden">Language</span>
              <select value={language} onChange={(event) => switchLanguage(event.target.value)} data-testid="language">
                {problem.languages.map((entry) => (
                  <option key={entry.id} value={entry.id}>
                    {entry.name}
                  </option>
                ))}
              </select>
            </label>
            <span className="save-state muted" aria-live="polite">
              {saved === 'account'
                ? 'Saved to your account'
                : saved === 'saving'
                  ? 'Saving…'
                  : saved === 'local'
                    ? 'Saved on this device'
                    : ''}
            </span>
            <button type="button" className="button button-ghost button-small push-right" onClick={reset}>
              Reset
            </button>
          </div>
          <div className="editor-frame">
            <Suspense fallback={<div className="editor-loading muted">Loading the editor…</div>}>
              <CodeEditor
                docKey={`${problem.id}:${language}`}
                value={code}
                language={language}
                label={`Code editor, ${languageName}`}
                onChange={onChange}
                onRun={doRun}
                onSubmit={doSubmit}
              />
            </Suspense>
          </div>
          <div className="action-bar">
            {signedIn ? (
              <>
                <span className="shortcut-hint muted hide-phone">
                  <kbd>{MOD}</kbd>+<kbd>Enter</kbd> run · <kbd>{MOD}</kbd>+<kbd>Shift</kbd>+<kbd>Enter</kbd> submit
                </span>
                <button type="button" className="button push-right" onClick={doRun} disabled={running}>
                  <PlayIcon /> {running ? 'Running…' : 'Run'}
                </button>
                <button type="button" className="button button-success" onClick={doSubmit} disabled={judgingNow}>
                  <UploadIcon /> {judgingNow ? 'Judging…' : 'Submit'}
                </button>
              </>
            ) : (
              <>
                <span className="muted">Sign in to run and submit your code.</span>
                <Link
                  href={`/login?next=${encodeURIComponent(`/problems/${problem.id}`)}`}
                  className="button button-primary push-right"
                >
                  Sign in
                </Link>
              </>
            )}
          </div>
          <div className="console">
            <div className="tabs" role="tablist" aria-label="Results">
              <button
                type="button"
                role="tab"
                aria-selected={bottomTab === 'run'}
                className={`tab ${bottomTab === 'run' ? 'active' : ''}`}
                onClick={() => setBottomTab('run')}
              >
                Custom input
              </button>
              <button
                type="button"
                role="tab"
                aria-selected={bottomTab === 'submission'}
                className={`tab ${bottomTab === 'submission' ? 'active' : ''}`}
                onClick={() => setBottomTab('submission')}
              >
                Submission
                {judging?.detail?.verdict && (
                  <span className={`tab-dot ${judging.detail.verdict === 'AC' ? 'ok' : 'bad'}`} aria-hidden="true" />
                )}
              </button>
            </div>
            <div
              className="console-body"
              role="tabpanel"
              aria-label={bottomTab === 'run' ? 'Custom input' : 'Submission'}
            >
              {bottomTab === 'run' ? (
                <div className="run-grid">
                  <label className="field stdin-field">
                    <span>
                      Input
                      {problem.kind === 'function' && (
                        <small className="muted"> · the arguments as a JSON array, one call per line</small>
                      )}
                    </span>
                    <textarea
                      value={stdin}
                      onChange={(event) => setStdin(event.target.value)}
                      spellCheck={false}
                      rows={6}
                      data-testid="stdin"
                    />
                  </label>
                  <div className="run-output">
                    <RunResult state={runState} />
                  </div>
                </div>
              ) : (
                <VerdictPanel judging={judging} samples={problem.samples} languages={problem.languages} />
              )}
            </div>
          </div>
        </section>
      </div>
    </Layout>
  );
}
