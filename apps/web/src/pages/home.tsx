import {
  Bar,
  DifficultyBadge,
  formatPercent,
  Skeleton,
  StatusIcon,
  timeAgo,
  VerdictBadge,
} from '../components/bits.tsx';
import { ArrowRightIcon, CalendarIcon, FlameIcon } from '../components/icons.tsx';
import { Layout } from '../components/layout.tsx';
import { api } from '../lib/api.ts';
import { loadCatalog } from '../lib/catalog.ts';
import { loadDaily } from '../lib/daily.ts';
import { Link, useTitle } from '../lib/router.tsx';
import { useSession } from '../lib/session.tsx';
import type { ProblemSummary, Progress } from '../lib/types.ts';
import { useAsync } from '../lib/use-async.ts';

function DailyCard() {
  const daily = useAsync((signal) => loadDaily(signal), []);
  const problem = daily.data?.problem;
  return (
    <section className="card daily-card" aria-labelledby="daily-title">
      <div className="card-kicker">
        <CalendarIcon /> Problem of the day
      </div>
      {daily.loading && !daily.data ? (
        <Skeleton lines={2} />
      ) : problem ? (
        <>
          <h2 id="daily-title">
            <Link href={`/problems/${problem.id}`}>{problem.title}</Link>
          </h2>
          <div className="meta-row">
            <DifficultyBadge difficulty={problem.difficulty} />
            <span className="muted">{problem.topics.slice(0, 3).join(' · ')}</span>
          </div>
          <Link href={`/problems/${problem.id}`} className="button button-primary">
            Solve it <ArrowRightIcon />
          </Link>
        </>
      ) : (
        <p id="daily-title" className="muted">
          No problem is published yet.
        </p>
      )}
    </section>
  );
}

/**
 * The problem to go back to: the newest one in progress; else, after the newest submission's
 * problem was solved, the next unsolved one of the catalog (easiest first).
 */
function continueWith(
  progress: Progress,
  problems: ProblemSummary[],
): { problem: ProblemSummary; next: boolean } | undefined {
  const byId = new Map(problems.map((problem) => [problem.id, problem]));
  const open = progress.problems
    .filter((entry) => entry.status === 'in_progress')
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const started = open[0] ? byId.get(open[0].problemId) : undefined;
  if (started) return { problem: started, next: false };
  const rank = { easy: 0, medium: 1, hard: 2 };
  const unsolved = problems
    .filter((problem) => problem.status !== 'completed')
    .sort((a, b) => rank[a.difficulty] - rank[b.difficulty]);
  return unsolved[0] ? { problem: unsolved[0], next: true } : undefined;
}

function SignedInHome({ username }: { username: string }) {
  const data = useAsync(
    async (signal) => {
      const [progress, problems] = await Promise.all([
        api.get<Progress>('/api/v1/me/progress', { signal }),
        loadCatalog(signal),
      ]);
      return { progress, problems };
    },
    [username],
  );
  const progress = data.data?.progress;
  const problems = data.data?.problems ?? [];
  const resume = progress ? continueWith(progress, problems) : undefined;
  const next = resume?.problem;
  const solved = problems.filter((problem) => problem.status === 'completed').length;
  const titles = new Map(problems.map((problem) => [problem.id, problem.title]));
  return (
    <>
      <section className="welcome">
        <h1>Welcome back, {username}</h1>
        <p className="muted">Pick up where you left off, or try today’s problem.</p>
      </section>
      <div className="dashboard-grid">
        <section className="card continue-card" aria-labelledby="continue-title">
          <div className="card-kicker">{resume?.next ? 'Up next' : 'Continue'}</div>
          {!progress ? (
            <Skeleton lines={2} />
          ) : next ? (
            <>
              <h2 id="continue-title">
                <Link href={`/problems/${next.id}`}>{next.title}</Link>
              </h2>
              <div className="meta-row">
                <DifficultyBadge difficulty={next.difficulty} />
                <span className="muted">acceptance {formatPercent(next.acceptance)}</span>
              </div>
              <Link href={`/problems/${next.id}`} className="button">
                Open the editor <ArrowRightIcon />
              </Link>
            </>
          ) : (
            <>
              <h2 id="continue-title">Nothing started yet</h2>
              <p className="muted">Your unfinished problems show up here.</p>
              <Link href="/problems" className="button">
                Browse problems <ArrowRightIcon />
              </Link>
            </>
          )}
        </section>
        <DailyCard />
        <section className="card streak-card" aria-labelledby="streak-title">
          <div className="card-kicker">
            <FlameIcon /> Streak
          </div>
          <p className="big-number" id="streak-title">
            {progress ? progress.streakDays : '–'}
            <span className="unit">{progress?.streakDays === 1 ? 'day' : 'days'}</span>
          </p>
          <p className="muted">
            {solved} of {problems.length} solved
          </p>
          <Bar value={solved} max={problems.length} label="Problems solved" />
        </section>
      </div>
      {progress && progress.problems.length > 0 && (
        <section className="card" aria-labelledby="mine-title">
          <div className="section-head">
            <h2 id="mine-title">Your problems</h2>
            <Link href="/problems?status=completed">Solved</Link>
          </div>
          <ul className="recent-list" data-testid="my-problems">
            {[...progress.problems]
              .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
              .slice(0, 8)
              .map((entry) => (
                <li key={entry.problemId} data-problem={entry.problemId} data-status={entry.status}>
                  <StatusIcon status={entry.status} />
                  <Link href={`/problems/${entry.problemId}`}>{titles.get(entry.problemId) ?? entry.problemId}</Link>
                  <span className="muted">{entry.status === 'completed' ? 'Solved' : 'Attempted'}</span>
                  <span className="muted push-right">{timeAgo(entry.updatedAt)}</span>
                </li>
              ))}
          </ul>
        </section>
      )}
      {progress && progress.recentSubmissions.length > 0 && (
        <section className="card" aria-labelledby="recent-title">
          <div className="section-head">
            <h2 id="recent-title">Recent submissions</h2>
            <Link href="/me">All progress</Link>
          </div>
          <ul className="recent-list">
            {progress.recentSubmissions.slice(0, 5).map((submission) => (
              <li key={submission.id}>
                <VerdictBadge verdict={submission.verdict} />
                <Link href={`/problems/${submission.problemId}`}>
                  {titles.get(submission.problemId) ?? submission.problemId}
                </Link>
                <span className="muted">{submission.language}</span>
                <span className="muted push-right">{timeAgo(submission.createdAt)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function SignedOutHome() {
  return (
    <>
      <section className="hero">
        <p className="hero-kicker">Open-source coding practice</p>
        <h1>
          Write it. Run it. <span className="accent-text">Get the verdict.</span>
        </h1>
        <p className="hero-lead">
          Verdict is a place to practise algorithms: clear problems with worked examples, an editor in your browser, and
          a judge that runs your code in 30 languages inside a hardened sandbox, test by test, live.
        </p>
        <div className="hero-actions">
          <Link href="/register" className="button button-primary button-large">
            Start practising
          </Link>
          <Link href="/problems" className="button button-large">
            Browse problems
          </Link>
        </div>
      </section>
      <div className="dashboard-grid">
        <DailyCard />
        <section className="card feature-card">
          <div className="card-kicker">Fast feedback</div>
          <h2>Run, then submit</h2>
          <p className="muted">
            Try your code on your own input next to the reference answer, then submit and watch each test pass.
          </p>
        </section>
        <section className="card feature-card">
          <div className="card-kicker">Track progress</div>
          <h2>Streaks and stats</h2>
          <p className="muted">A heatmap of your practice, solved counts by topic and difficulty, and your history.</p>
        </section>
      </div>
    </>
  );
}

export function HomePage() {
  useTitle('');
  const { user } = useSession();
  return (
    <Layout>
      {user === undefined ? (
        <Skeleton lines={4} />
      ) : user ? (
        <SignedInHome username={user.username} />
      ) : (
        <SignedOutHome />
      )}
    </Layout>
  );
}
