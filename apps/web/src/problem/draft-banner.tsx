import { useState } from 'react';
import { ErrorNote } from '../components/bits.tsx';
import { api } from '../lib/api.ts';
import { Link } from '../lib/router.tsx';
import type { ProblemDetail } from '../lib/types.ts';

/**
 * Above a draft (only its author and admins see one): says so, and offers the way on: publish
 * it here, or go back to the author page.
 */
export function DraftBanner({ problem }: { problem: ProblemDetail }) {
  const [published, setPublished] = useState(problem.published);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (published) {
    if (problem.published) return null;
    return (
      <div className="note note-ok" role="status">
        <strong>Published</strong>
        <span>Everyone can now find and solve this problem.</span>
      </div>
    );
  }
  const publish = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.post<ProblemDetail>(`/api/v1/problems/${encodeURIComponent(problem.id)}/publish`);
      setPublished(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <div className="draft-banner" role="note" data-testid="draft-banner">
        <strong>Draft</strong>
        <span>Only you and admins can see this problem. Try it here, then publish it.</span>
        <div className="button-row">
          <Link href="/author" className="button button-small">
            My problems
          </Link>
          <button type="button" className="button button-small button-primary" onClick={publish} disabled={busy}>
            {busy ? 'Publishing…' : 'Publish'}
          </button>
        </div>
      </div>
      {error ? <ErrorNote error={error} /> : null}
    </>
  );
}
