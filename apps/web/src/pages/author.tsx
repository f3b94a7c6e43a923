import 'katex/dist/katex.min.css';
import { type FormEvent, useState } from 'react';
import { DifficultyBadge, ErrorNote, Skeleton } from '../components/bits.tsx';
import { UploadIcon } from '../components/icons.tsx';
import { Layout } from '../components/layout.tsx';
import { api, qs } from '../lib/api.ts';
import { Link, Redirect, useTitle } from '../lib/router.tsx';
import { useSession } from '../lib/session.tsx';
import type { ProblemDetail, ProblemSummary, UploadResult } from '../lib/types.ts';
import { useAsync } from '../lib/use-async.ts';

interface MyProblems {
  items: ProblemSummary[];
  total: number;
}

function issueText(issue: unknown): string {
  if (typeof issue === 'string') return issue;
  if (issue && typeof issue === 'object' && 'message' in issue) {
    const file = 'file' in issue ? `${String((issue as { file: unknown }).file)}: ` : '';
    return `${file}${String((issue as { message: unknown }).message)}`;
  }
  return JSON.stringify(issue);
}

const problemPath = (id: string) => `/api/v1/problems/${encodeURIComponent(id)}`;

/** One of my problems: its state and what can be done with it (preview, publish or unpublish, delete). */
function MyProblemRow({ problem, onChanged }: { problem: ProblemSummary; onChanged(): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const act = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      onChanged();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const toggle = () =>
    act(() => api.post<ProblemDetail>(`${problemPath(problem.id)}/${problem.published ? 'unpublish' : 'publish'}`));
  const remove = () => {
    if (!window.confirm(`Delete "${problem.title}" and every submission of it? This cannot be undone.`)) return;
    void act(() => api.delete(problemPath(problem.id)));
  };
  return (
    <li className="my-problem" data-testid={`my-problem-${problem.id}`}>
      <div className="my-problem-main">
        <Link href={`/problems/${problem.id}`} className="my-problem-title">
          {problem.title}
        </Link>
        <div className="meta-row">
          <code>{problem.id}</code>
          <DifficultyBadge difficulty={problem.difficulty} />
          <span className={`tag ${problem.published ? 'tag-ok' : 'tag-draft'}`} data-testid="problem-state">
            {problem.published ? 'published' : 'draft'}
          </span>
          <span className="muted">
            version {problem.version} · {problem.submissions} submission{problem.submissions === 1 ? '' : 's'}
          </span>
        </div>
        {error ? <ErrorNote error={error} /> : null}
      </div>
      <div className="button-row">
        <Link href={`/problems/${problem.id}`} className="button">
          Preview
        </Link>
        <button
          type="button"
          className={`button ${problem.published ? '' : 'button-primary'}`}
          onClick={toggle}
          disabled={busy}
        >
          {problem.published ? 'Unpublish' : 'Publish'}
        </button>
        <button
          type="button"
          className="button button-danger"
          onClick={remove}
          disabled={busy || problem.published}
          title={problem.published ? 'Unpublish it first: solvers are using it' : 'Delete the draft'}
        >
          Delete
        </button>
      </div>
    </li>
  );
}

function MyProblems({ reloadKey }: { reloadKey: number }) {
  const mine = useAsync((signal) => api.get<MyProblems>('/api/v1/author/problems', { signal }), [reloadKey]);
  return (
    <section className="card" aria-labelledby="my-problems">
      <div className="section-head">
        <h2 id="my-problems">My problems</h2>
        {mine.data && <span className="muted">{mine.data.total}</span>}
      </div>
      {mine.error ? <ErrorNote error={mine.error} /> : null}
      {!mine.data && !mine.error && <Skeleton lines={3} />}
      {mine.data && mine.data.items.length === 0 && (
        <p className="muted">No problems yet: upload a package above. It starts as a draft only you can see.</p>
      )}
      {mine.data && mine.data.items.length > 0 && (
        <ul className="my-problems">
          {mine.data.items.map((problem) => (
            <MyProblemRow key={problem.id} problem={problem} onChanged={mine.reload} />
          ))}
        </ul>
      )}
    </section>
  );
}

export default function AuthorPage() {
  useTitle('Author');
  const { user } = useSession();
  const [result, setResult] = useState<UploadResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [reloadKey, setReloadKey] = useState(0);

  if (user === null) return <Redirect to="/login?next=/author" />;
  if (user && user.role === 'user') {
    return (
      <Layout>
        <section className="empty-state">
          <h1>Authors only</h1>
          <p className="muted">Uploading problems needs the author role. Ask an admin to grant it on the Admin page.</p>
        </section>
      </Layout>
    );
  }

  const upload = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('package');
    const slug = String(form.get('slug') ?? '').trim();
    if (!(file instanceof File) || file.size === 0) {
      setError(new Error('choose the zip of a problem package first'));
      return;
    }
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await api.upload<UploadResult>(`/api/v1/problems${qs({ slug })}`, file));
      setReloadKey((key) => key + 1);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Layout>
      <div className="page-head">
        <div>
          <h1>Problem management</h1>
          <p className="muted">
            Upload a problem package (the ICPC/Kattis layout, zipped), preview it, then publish it for everyone.
          </p>
        </div>
      </div>
      <section className="card">
        <form className="upload-form" onSubmit={upload}>
          <label className="field">
            <span>Package (.zip)</span>
            <input name="package" type="file" accept=".zip,application/zip" required />
          </label>
          <label className="field">
            <span>Slug</span>
            <input name="slug" placeholder="two-sum" pattern="[a-z0-9][a-z0-9\-]{0,63}" aria-describedby="slug-hint" />
            <small id="slug-hint" className="muted">
              The problem’s address; an existing slug of yours is updated.
            </small>
          </label>
          <button type="submit" className="button button-primary" disabled={busy}>
            <UploadIcon /> {busy ? 'Uploading…' : 'Upload'}
          </button>
        </form>
        {error ? <ErrorNote error={error} /> : null}
        {result && (
          <div className="note note-ok" role="status">
            <strong>
              {result.changed
                ? `Imported "${result.problem.title}" as ${result.problem.published ? 'published' : 'a draft'}`
                : 'No change: the package is identical to the stored one'}
            </strong>
            {result.issues.length > 0 && (
              <ul>
                {result.issues.map((issue) => (
                  <li key={issueText(issue)}>{issueText(issue)}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </section>
      <MyProblems reloadKey={reloadKey} />
    </Layout>
  );
}
