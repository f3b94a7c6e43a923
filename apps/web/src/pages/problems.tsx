import { useMemo } from 'react';
import {
  Bar,
  DIFFICULTIES,
  DifficultyBadge,
  difficultyLabel,
  ErrorNote,
  formatPercent,
  Skeleton,
  StatusIcon,
} from '../components/bits.tsx';
import { SearchIcon } from '../components/icons.tsx';
import { Layout } from '../components/layout.tsx';
import { loadCatalog } from '../lib/catalog.ts';
import { Link, navigate, useLocation, useTitle } from '../lib/router.tsx';
import { useSession } from '../lib/session.tsx';
import type { ProblemSummary } from '../lib/types.ts';
import { useAsync } from '../lib/use-async.ts';

interface Filters {
  q: string;
  difficulty: string;
  topic: string;
  status: string;
}

const FILTER_KEYS: (keyof Filters)[] = ['q', 'difficulty', 'topic', 'status'];

function matches(problem: ProblemSummary, filters: Filters): boolean {
  if (filters.difficulty && problem.difficulty !== filters.difficulty) return false;
  if (filters.topic && !problem.topics.includes(filters.topic)) return false;
  if (filters.status && (problem.status ?? 'not_started') !== filters.status) return false;
  const q = filters.q.trim().toLowerCase();
  if (q) {
    const haystack = `${problem.title} ${problem.id} ${problem.topics.join(' ')}`.toLowerCase();
    if (!q.split(/\s+/).every((word) => haystack.includes(word))) return false;
  }
  return true;
}

function SolvedSummary({ problems, signedIn }: { problems: ProblemSummary[]; signedIn: boolean }) {
  const solved = problems.filter((problem) => problem.status === 'completed').length;
  return (
    <section className="card solved-card" aria-label="Solved by difficulty">
      <div className="solved-total">
        <span className="big-number">{signedIn ? solved : problems.length}</span>
        <span className="muted">{signedIn ? `of ${problems.length} solved` : 'problems'}</span>
      </div>
      <div className="solved-bars">
        {DIFFICULTIES.map((difficulty) => {
          const all = problems.filter((problem) => problem.difficulty === difficulty);
          const done = all.filter((problem) => problem.status === 'completed').length;
          return (
            <div key={difficulty} className="solved-row">
              <span className={`solved-label text-${difficulty}`}>{difficultyLabel(difficulty)}</span>
              <Bar value={done} max={all.length} tone={difficulty} label={`${difficultyLabel(difficulty)} solved`} />
              <span className="solved-count">
                {done}
                <span className="muted">/{all.length}</span>
              </span>
            </div>
          );
        })}
      </div>
    </section>
  );
}

export function ProblemsPage() {
  useTitle('Problems');
  const { user } = useSession();
  const { search } = useLocation();
  const filters: Filters = {
    q: search.get('q') ?? '',
    difficulty: search.get('difficulty') ?? '',
    topic: search.get('topic') ?? '',
    status: search.get('status') ?? '',
  };
  // the list carries the caller's status, so it loads again once the session is known
  const catalog = useAsync((signal) => loadCatalog(signal), [user?.id ?? null]);
  const problems = catalog.data ?? [];
  const topics = useMemo(() => [...new Set(problems.flatMap((problem) => problem.topics))].sort(), [problems]);
  const shown = problems.filter((problem) => matches(problem, filters));
  const filtered = FILTER_KEYS.some((key) => filters[key]);

  const setFilter = (key: keyof Filters, value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    const query = next.toString();
    navigate(`/problems${query ? `?${query}` : ''}`, { replace: true });
  };

  return (
    <Layout>
      <div className="page-head">
        <div>
          <h1>Problems</h1>
          <p className="muted">Pick one, write a solution in any of 30 languages, and get a verdict in seconds.</p>
        </div>
      </div>
      {catalog.data && <SolvedSummary problems={problems} signedIn={Boolean(user)} />}
      <search className="toolbar">
        <label className="search-box">
          <SearchIcon />
          <span className="visually-hidden">Search problems</span>
          <input
            type="search"
            placeholder="Search by title or topic"
            value={filters.q}
            onChange={(event) => setFilter('q', event.target.value)}
          />
        </label>
        <label className="select">
          <span className="visually-hidden">Difficulty</span>
          <select value={filters.difficulty} onChange={(event) => setFilter('difficulty', event.target.value)}>
            <option value="">All difficulties</option>
            {DIFFICULTIES.map((difficulty) => (
              <option key={difficulty} value={difficulty}>
                {difficultyLabel(difficulty)}
              </option>
            ))}
          </select>
        </label>
        <label className="select">
          <span className="visually-hidden">Topic</span>
          <select value={filters.topic} onChange={(event) => setFilter('topic', event.target.value)}>
            <option value="">All topics</option>
            {topics.map((topic) => (
              <option key={topic} value={topic}>
                {topic}
              </option>
            ))}
          </select>
        </label>
        {user && (
          <label className="select">
            <span className="visually-hidden">Status</span>
            <select value={filters.status} onChange={(event) => setFilter('status', event.target.value)}>
              <option value="">Any status</option>
              <option value="not_started">Not started</option>
              <option value="in_progress">Attempted</option>
              <option value="completed">Solved</option>
            </select>
          </label>
        )}
        {filtered && (
          <button
            type="button"
            className="button button-ghost button-small"
            onClick={() => navigate('/problems', { replace: true })}
          >
            Clear
          </button>
        )}
      </search>
      {catalog.error ? (
        <ErrorNote error={catalog.error}>
          <button type="button" className="button button-small" onClick={catalog.reload}>
            Try again
          </button>
        </ErrorNote>
      ) : !catalog.data ? (
        <div className="card">
          <Skeleton lines={6} />
        </div>
      ) : (
        <div className="card table-card">
          <table className="problem-table">
            <caption className="visually-hidden">
              {shown.length} of {problems.length} problems
            </caption>
            <thead>
              <tr>
                <th scope="col" className="col-status">
                  <span className="visually-hidden">Status</span>
                </th>
                <th scope="col">Title</th>
                <th scope="col" className="col-topics">
                  Topics
                </th>
                <th scope="col" className="col-difficulty">
                  Difficulty
                </th>
                <th scope="col" className="col-number hide-phone">
                  Acceptance
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((problem) => (
                <tr key={problem.id} data-problem={problem.id}>
                  <td className="col-status">
                    <StatusIcon status={problem.status} />
                  </td>
                  <td>
                    <Link href={`/problems/${problem.id}`} className="problem-link">
                      {problem.title}
                    </Link>
                    {!problem.published && <span className="tag tag-draft">draft</span>}
                  </td>
                  <td className="col-topics">
                    <div className="tags">
                      {problem.topics.slice(0, 3).map((topic) => (
                        <button
                          type="button"
                          key={topic}
                          className="tag tag-button"
                          onClick={() => setFilter('topic', topic)}
                          aria-label={`Show ${topic} problems`}
                        >
                          {topic}
                        </button>
                      ))}
                    </div>
                  </td>
                  <td className="col-difficulty">
                    <DifficultyBadge difficulty={problem.difficulty} />
                  </td>
                  <td className="col-number hide-phone">{formatPercent(problem.acceptance)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown.length === 0 && (
            <div className="empty-row">
              <p>No problem matches these filters.</p>
              <button
                type="button"
                className="button button-small"
                onClick={() => navigate('/problems', { replace: true })}
              >
                Clear filters
              </button>
            </div>
          )}
        </div>
      )}
    </Layout>
  );
}
