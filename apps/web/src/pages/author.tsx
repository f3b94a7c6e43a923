import 'katex/dist/katex.min.css';
import { type FormEvent, useState } from 'react';
import { DifficultyBadge, ErrorNote } from '../components/bits.tsx';
import { UploadIcon } from '../components/icons.tsx';
import { Layout } from '../components/layout.tsx';
import { api, qs } from '../lib/api.ts';
import { Link, Redirect, useTitle } from '../lib/router.tsx';
import { useSession } from '../lib/session.tsx';
import type { ProblemDetail, UploadResult } from '../lib/types.ts';

function issueText(issue: unknown): string {
  if (typeof issue === 'string') return issue;
  if (issue && typeof issue === 'object' && 'message' in issue) return String((issue as { message: unknown }).message);
  return JSON.stringify(issue);
}

function ProblemManager({ problem, onChange }: { problem: ProblemDetail; onChange(problem: ProblemDetail): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const toggle = async () => {
    setBusy(true);
    setError(null);
    try {
      const action = problem.published ? 'unpublish' : 'publish';
      onChange(await api.post<ProblemDetail>(`/api/v1/problems/${encodeURIComponent(problem.id)}/${action}`));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card manage-card" aria-label={`Manage ${problem.title}`}>
      <div className="section-head">
        <div>
          <h2>{problem.title}</h2>
          <div className="meta-row">
            <code>{problem.id}</code>
            <DifficultyBadge difficulty={problem.difficulty} />
            <span className={`tag ${problem.published ? 'tag-ok' : 'tag-draft'}`}>
              {problem.published ? 'published' : 'draft'}
            </span>
            <span className="muted">version {problem.version}</span>
          </div>
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
        </div>
      </div>
      {error ? <ErrorNote error={error} /> : null}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the API renders and sanitises statements */}
      <div className="statement preview-statement" dangerouslySetInnerHTML={{ __html: problem.statementHtml }} />
    </section>
  );
}

export default function AuthorPage() {
  useTitle('Author');
  const { user } = useSession();
  const [result, setResult] = useState<UploadResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (user === null) return <Redirect to="/login?next=/author" />;
  if (user && user.role === 'user') {
    return (
      <Layout>
        <section className="empty-state">
          <h1>Authors only</h1>
          <p className="muted">
            Uploading problems needs the author role. An admin can grant it with
            <code> PUT /api/v1/users/{user.username}/role</code>.
          </p>
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
    try {
      setResult(await api.upload<UploadResult>(`/api/v1/problems${qs({ slug })}`, file));
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
            <strong>{result.changed ? 'Imported' : 'No change: the package is identical to the stored one'}</strong>
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
      {result && <ProblemManager problem={result.problem} onChange={(problem) => setResult({ ...result, problem })} />}
    </Layout>
  );
}
