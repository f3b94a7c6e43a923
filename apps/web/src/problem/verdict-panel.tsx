import { ErrorNote, formatKb, formatMs, Spinner, VERDICT_NAME } from '../components/bits.tsx';
import { api, isMissing } from '../lib/api.ts';
import type { LanguageView, Rank, Sample, TestReport } from '../lib/types.ts';
import { useAsync } from '../lib/use-async.ts';
import type { Judging } from './use-judge.ts';

const STATE_TEXT = { queued: 'Waiting for a judge', compiling: 'Compiling', running: 'Running tests', done: 'Done' };

function TestStrip({ tests, total }: { tests: TestReport[]; total: number | null }) {
  const slots = Math.max(total ?? 0, tests.length);
  if (slots === 0) return null;
  return (
    <ol className="test-strip" aria-label="Tests">
      {Array.from({ length: slots }, (_, index) => {
        const test = tests[index];
        const tone = !test ? 'pending' : test.verdict === 'AC' ? 'ok' : 'bad';
        return (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: a slot is its position in the test order
            key={index}
            className={`test-dot test-${tone}`}
            title={test ? `${test.name}: ${VERDICT_NAME[test.verdict]}, ${formatMs(test.cpuMs)}` : 'waiting'}
          />
        );
      })}
    </ol>
  );
}

function RankChart({ submissionId }: { submissionId: string }) {
  const rank = useAsync(
    async (signal) => {
      try {
        return await api.get<Rank>(`/api/v1/submissions/${encodeURIComponent(submissionId)}/rank`, { signal });
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    [submissionId],
  );
  if (rank.loading) return <div className="rank-placeholder" aria-hidden="true" />;
  if (!rank.data) return null;
  const { histogram, bucket, fasterThanPercent, acceptedCount, language } = rank.data;
  const tallest = Math.max(1, ...histogram.map((bar) => bar.count));
  return (
    <section className="rank" aria-label="Runtime among accepted solutions" data-testid="rank">
      {acceptedCount <= 1 ? (
        <p className="rank-headline">
          The first accepted {language} solution here: <strong>you set the pace</strong> for everyone after you.
        </p>
      ) : (
        <p className="rank-headline">
          Faster than <strong>{fasterThanPercent.toFixed(1)}%</strong> of {acceptedCount} accepted {language} solutions
        </p>
      )}
      <div className="histogram" role="img" aria-label={`Runtime histogram; yours is in bar ${bucket + 1}`}>
        {histogram.map((bar, index) => (
          <div
            key={bar.fromMs}
            className={`histogram-bar ${index === bucket ? 'mine' : ''}`}
            style={{ height: `${Math.max(4, (bar.count / tallest) * 100)}%` }}
            title={`${bar.fromMs}–${bar.toMs} ms: ${bar.count}`}
          />
        ))}
      </div>
      <div className="histogram-axis muted">
        <span>{formatMs(histogram[0]?.fromMs ?? 0)}</span>
        <span>{formatMs(histogram.at(-1)?.toMs ?? 0)}</span>
      </div>
    </section>
  );
}

function FailingTest({ test, samples }: { test: TestReport; samples: Sample[] }) {
  const sample = test.name.startsWith('sample/')
    ? samples.find((candidate) => candidate.name === test.name.slice('sample/'.length))
    : undefined;
  return (
    <div className="failing-test">
      <p className="failing-title">
        Failed on test <code>{test.name}</code>
        {sample ? (
          <span className="muted"> · an example from the statement</span>
        ) : (
          <span className="muted"> · a hidden test</span>
        )}
      </p>
      {test.message && <pre className="output-block">{test.message}</pre>}
      {sample && (
        <div className="sample-grid">
          <div className="sample-block">
            <div className="sample-label">Input</div>
            <pre>{sample.input}</pre>
          </div>
          <div className="sample-block">
            <div className="sample-label">Expected</div>
            <pre>{sample.output}</pre>
          </div>
        </div>
      )}
    </div>
  );
}

export function VerdictPanel({
  judging,
  samples,
  languages,
}: {
  judging: Judging | null;
  samples: Sample[];
  languages: LanguageView[];
}) {
  if (!judging) {
    return (
      <p className="muted panel-hint">
        Submit to judge your code on every test. Results stream in here as each test finishes.
      </p>
    );
  }
  if (judging.error && !judging.detail) return <ErrorNote error={judging.error} />;
  const detail = judging.detail;
  const total = judging.testsTotal;
  const percent = total ? Math.round((judging.testsDone / total) * 100) : judging.state === 'done' ? 100 : 0;

  if (!detail) {
    return (
      <div className="verdict-panel" data-testid="verdict-panel" aria-live="polite">
        <div className="result-line">
          <span className="result-title">
            <Spinner label="Judging" /> {STATE_TEXT[judging.state]}
          </span>
          <span className="muted">{total ? `${judging.testsDone} / ${total} tests` : ''}</span>
        </div>
        <div
          className="bar bar-live"
          role="progressbar"
          aria-label="Tests judged"
          aria-valuemin={0}
          aria-valuemax={total ?? 0}
          aria-valuenow={judging.testsDone}
        >
          <div className="bar-fill" style={{ width: `${percent}%` }} />
        </div>
        <TestStrip tests={judging.tests} total={total} />
      </div>
    );
  }

  const verdict = detail.verdict ?? 'IE';
  const accepted = verdict === 'AC';
  const failing = detail.tests.find((test) => test.verdict !== 'AC');
  const passed = detail.tests.filter((test) => test.verdict === 'AC').length;
  return (
    <div className="verdict-panel" data-testid="verdict-panel" data-verdict={verdict} aria-live="polite">
      <div className="result-line">
        <span className={`result-title big ${accepted ? 'ok' : 'bad'}`} data-testid="verdict">
          {VERDICT_NAME[verdict]}
        </span>
        <span className="muted">
          {passed} / {detail.testsTotal ?? detail.tests.length} tests passed
        </span>
      </div>
      <div className="stat-pair">
        <div>
          <span className="muted">Runtime</span>
          <strong>{formatMs(detail.cpuMs)}</strong>
        </div>
        <div>
          <span className="muted">Memory</span>
          <strong>{formatKb(detail.memoryKb)}</strong>
        </div>
        <div>
          <span className="muted">Language</span>
          <strong>{languages.find((entry) => entry.id === detail.language)?.name ?? detail.language}</strong>
        </div>
      </div>
      <TestStrip tests={detail.tests} total={detail.testsTotal} />
      {verdict === 'CE' && detail.compileOutput && (
        <pre className="output-block error-output">{detail.compileOutput}</pre>
      )}
      {detail.message && verdict !== 'AC' && <p className="muted">{detail.message}</p>}
      {!accepted && failing && <FailingTest test={failing} samples={samples} />}
      {accepted && <RankChart submissionId={detail.id} />}
    </div>
  );
}
