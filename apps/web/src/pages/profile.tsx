import {
  Bar,
  DIFFICULTIES,
  difficultyLabel,
  ErrorNote,
  formatKb,
  formatMs,
  Skeleton,
  timeAgo,
  VerdictBadge,
} from '../components/bits.tsx';
import { Heatmap } from '../components/heatmap.tsx';
import { FlameIcon } from '../components/icons.tsx';
import { Layout } from '../components/layout.tsx';
import { api } from '../lib/api.ts';
import { loadCatalog } from '../lib/catalog.ts';
import { Link, navigate, Redirect, useTitle } from '../lib/router.tsx';
import { useSession } from '../lib/session.tsx';
import type { Progress } from '../lib/types.ts';
import { useAsync } from '../lib/use-async.ts';

export default function ProfilePage() {
  useTitle('Your progress');
  const { user, signOut } = useSession();
  const data = useAsync(
    async (signal) => {
      if (!user) return undefined;
      const [progress, problems] = await Promise.all([
        api.get<Progress>('/api/v1/me/progress', { signal }),
        loadCatalog(signal),
      ]);
      return { progress, problems };
    },
    [user?.id ?? null],
  );
  if (user === null) return <Redirect to="/login?next=/me" />;
  const progress = data.data?.progress;
  const problems = data.data?.problems ?? [];
  const titles = new Map(problems.map((problem) => [problem.id, problem.title]));
  const totalByDifficulty = (difficulty: string) => problems.filter((p) => p.difficulty === difficulty).length;
  const solved = Object.values(progress?.solvedByDifficulty ?? {}).reduce((sum, count) => sum + count, 0);
  const topics = Object.entries(progress?.solvedByTopic ?? {}).sort((a, b) => b[1] - a[1]);
  const maxTopic = Math.max(1, ...topics.map(([, count]) => count));

  return (
    <Layout>
      <div className="profile-head">
        <div className="avatar avatar-large" aria-hidden="true">
          {user?.username.slice(0, 1).toUpperCase()}
        </div>
        <div>
          <h1>{user?.username}</h1>
          <p className="muted">
            {user?.role !== 'user' && <span className="tag">{user?.role}</span>} Member since{' '}
            {user ? new Date(user.createdAt).toLocaleDateString('en', { month: 'long', year: 'numeric' }) : ''}
          </p>
        </div>
        <button
          type="button"
          className="button button-small push-right"
          onClick={() => signOut().then(() => navigate('/'))}
        >
          Sign out
        </button>
      </div>
      {data.error ? (
        <ErrorNote error={data.error} />
      ) : !progress ? (
        <div className="card">
          <Skeleton lines={6} />
        </div>
      ) : (
        <>
          <div className="stats-grid">
            <section className="card stat-card">
              <div className="card-kicker">Solved</div>
              <p className="big-number">
                {solved}
                <span className="unit">/ {problems.length}</span>
              </p>
              {DIFFICULTIES.map((difficulty) => (
                <div key={difficulty} className="solved-row">
                  <span className={`solved-label text-${difficulty}`}>{difficultyLabel(difficulty)}</span>
                  <Bar
                    value={progress.solvedByDifficulty[difficulty] ?? 0}
                    max={totalByDifficulty(difficulty)}
                    tone={difficulty}
                    label={`${difficultyLabel(difficulty)} solved`}
                  />
                  <span className="solved-count">
                    {progress.solvedByDifficulty[difficulty] ?? 0}
                    <span className="muted">/{totalByDifficulty(difficulty)}</span>
                  </span>
                </div>
              ))}
            </section>
            <section className="card stat-card">
              <div className="card-kicker">
                <FlameIcon /> Streak
              </div>
              <p className="big-number">
                {progress.streakDays}
                <span className="unit">{progress.streakDays === 1 ? 'day' : 'days'}</span>
              </p>
              <p className="muted">Submit at least once a day to keep it going.</p>
            </section>
            <section className="card stat-card">
              <div className="card-kicker">By topic</div>
              {topics.length === 0 ? (
                <p className="muted">Solve a problem to see your topics here.</p>
              ) : (
                <ul className="topic-list">
                  {topics.slice(0, 6).map(([topic, count]) => (
                    <li key={topic}>
                      <Link href={`/problems?topic=${encodeURIComponent(topic)}`}>{topic}</Link>
                      <Bar value={count} max={maxTopic} label={`${topic} solved`} />
                      <span className="solved-count">{count}</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
          <section className="card" aria-labelledby="activity-title">
            <h2 id="activity-title">Activity</h2>
            <Heatmap activity={progress.activity} />
          </section>
          <section className="card table-card" aria-labelledby="recent-title">
            <h2 id="recent-title" className="table-title">
              Recent submissions
            </h2>
            {progress.recentSubmissions.length === 0 ? (
              <p className="muted empty-row">
                No submissions yet. <Link href="/problems">Find a problem</Link>
              </p>
            ) : (
              <table className="submission-table">
                <thead>
                  <tr>
                    <th scope="col">Verdict</th>
                    <th scope="col">Problem</th>
                    <th scope="col" className="hide-phone">
                      Language
                    </th>
                    <th scope="col" className="col-number hide-phone">
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
                  {progress.recentSubmissions.map((submission) => (
                    <tr key={submission.id}>
                      <td>
                        <VerdictBadge verdict={submission.verdict} />
                      </td>
                      <td>
                        <Link href={`/problems/${submission.problemId}`}>
                          {titles.get(submission.problemId) ?? submission.problemId}
                        </Link>
                      </td>
                      <td className="hide-phone">{submission.language}</td>
                      <td className="col-number hide-phone">{formatMs(submission.cpuMs)}</td>
                      <td className="col-number hide-phone">{formatKb(submission.memoryKb)}</td>
                      <td className="col-number muted">{timeAgo(submission.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
    </Layout>
  );
}
