import { useState } from 'react';
import { ErrorNote, formatKb, formatMs, Skeleton, timeAgo, VerdictBadge } from '../components/bits.tsx';
import { api } from '../lib/api.ts';
import type { SubmissionDetail, SubmissionList } from '../lib/types.ts';
import { useAsync } from '../lib/use-async.ts';

export function SubmissionsTab({
  problemId,
  refreshKey,
  onLoadCode,
}: {
  problemId: string;
  /** changes when a new submission finished, to reload the list */
  refreshKey: number;
  onLoadCode(language: string, code: string): void;
}) {
  const list = useAsync(
    (signal) =>
      api.get<SubmissionList>(`/api/v1/problems/${encodeURIComponent(problemId)}/submissions?limit=50`, { signal }),
    [problemId, refreshKey],
  );
  const [openId, setOpenId] = useState<string | null>(null);
  const open = useAsync(
    (signal) =>
      openId
        ? api.get<SubmissionDetail>(`/api/v1/submissions/${encodeURIComponent(openId)}`, { signal })
        : Promise.resolve(null),
    [openId],
  );

  if (list.error) return <ErrorNote error={list.error} />;
  if (!list.data) return <Skeleton lines={4} />;
  if (list.data.items.length === 0) {
    return <p className="muted panel-hint">No submissions yet. Your history and the code of each one show up here.</p>;
  }
  return (
    <div className="submissions-tab">
      <table className="submission-table compact">
        <thead>
          <tr>
            <th scope="col">Verdict</th>
            <th scope="col">Language</th>
            <th scope="col" className="col-number">
              Runtime
            </th>
            <th scope="col" className="col-number hide-phone">
              Memory
            </th>
            <th scope="col" className="col-number">
              When
            </th>
          </tr>
        </thead>
        <tbody>
          {list.data.items.map((submission) => (
            <tr key={submission.id} className={openId === submission.id ? 'selected' : ''}>
              <td>
                <button
                  type="button"
                  className="row-button"
                  onClick={() => setOpenId(openId === submission.id ? null : submission.id)}
                  aria-expanded={openId === submission.id}
                  aria-label={`Show the code of the ${submission.verdict ?? 'pending'} submission from ${timeAgo(submission.createdAt)}`}
                >
                  <VerdictBadge verdict={submission.verdict} long />
                </button>
              </td>
              <td>{submission.language}</td>
              <td className="col-number">{formatMs(submission.cpuMs)}</td>
              <td className="col-number hide-phone">{formatKb(submission.memoryKb)}</td>
              <td className="col-number muted">{timeAgo(submission.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {openId && (
        <section className="submission-code" aria-label="Submitted code">
          {open.data ? (
            <>
              <div className="section-head">
                <span className="muted">
                  {open.data.language} · {new Date(open.data.createdAt).toLocaleString()}
                </span>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => open.data && onLoadCode(open.data.language, open.data.code)}
                >
                  Load into the editor
                </button>
              </div>
              <pre className="output-block code-block">{open.data.code}</pre>
            </>
          ) : open.error ? (
            <ErrorNote error={open.error} />
          ) : (
            <Skeleton lines={5} />
          )}
        </section>
      )}
    </div>
  );
}
