import { formatKb, formatMs, Spinner, VERDICT_NAME } from '../components/bits.tsx';
import type { Execution } from '../lib/types.ts';
import { diffLines } from './diff.ts';
import type { RunState } from './use-judge.ts';

const STATUS_TEXT: Record<string, string> = {
  ok: 'Finished',
  'runtime-error': 'Runtime error',
  signaled: 'Killed by a signal',
  'time-limit': 'Time limit exceeded',
  'wall-time-limit': 'Time limit exceeded (waiting)',
  'memory-limit': 'Memory limit exceeded',
  'output-limit': 'Output limit exceeded',
};

function OutputDiff({ run, expected }: { run: Execution; expected: Execution }) {
  const diff = diffLines(run.stdout, expected.stdout);
  return (
    <div className="diff" data-testid="run-diff">
      <div className={`diff-summary ${diff.same ? 'ok' : 'bad'}`}>
        {diff.same
          ? 'Your output matches the expected output.'
          : `${diff.lines.filter((line) => !line.same).length} line(s) differ from the expected output.`}
      </div>
      <div className="diff-scroll">
        <table className="diff-table">
          <caption className="visually-hidden">Your output next to the expected output, line by line</caption>
          <thead>
            <tr>
              <th scope="col" className="diff-number">
                #
              </th>
              <th scope="col">Your output</th>
              <th scope="col">Expected</th>
            </tr>
          </thead>
          <tbody>
            {diff.lines.map((line) => (
              <tr key={line.number} className={line.same ? '' : 'diff-changed'}>
                <td className="diff-number">{line.number}</td>
                <td className={line.actual === null ? 'diff-missing' : ''}>{line.actual ?? '(missing)'}</td>
                <td className={line.expected === null ? 'diff-missing' : ''}>{line.expected ?? '(none)'}</td>
              </tr>
            ))}
            {diff.lines.length === 0 && (
              <tr>
                <td className="diff-number" />
                <td className="diff-missing">(empty)</td>
                <td className="diff-missing">(empty)</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function RunResult({ state }: { state: RunState }) {
  if (state.phase === 'idle') {
    return (
      <p className="muted panel-hint">
        Run your code on the input on the left. With a problem’s reference solution, its output is shown beside yours.
      </p>
    );
  }
  if (state.phase === 'running') {
    return (
      <div className="panel-status" role="status">
        <Spinner label="Running" /> Running your code…
      </div>
    );
  }
  if (state.phase === 'failed') {
    return (
      <div className="note note-error" role="alert">
        <strong>The run failed</strong>
        <span>{state.error instanceof Error ? state.error.message : String(state.error)}</span>
      </div>
    );
  }
  const { outcome } = state;
  if (outcome.status === 'compile-error') {
    return (
      <div className="run-result" data-testid="run-result">
        <div className="result-title bad">{VERDICT_NAME.CE}</div>
        <pre className="output-block error-output">{outcome.compileOutput ?? ''}</pre>
      </div>
    );
  }
  if (outcome.status === 'input-error') {
    return (
      <div className="note note-warn" role="alert" data-testid="run-result">
        <strong>The input does not fit the function</strong>
        <span>{outcome.message ?? 'the input does not match the function’s arguments'}</span>
        <span className="muted">Fix the input on the left (the samples show the format) and run again.</span>
      </div>
    );
  }
  if (outcome.status === 'error' || !outcome.run) {
    return (
      <div className="note note-error" role="alert" data-testid="run-result">
        <strong>{VERDICT_NAME.IE}</strong>
        <span>{outcome.message ?? 'Verdict could not run the code; try again.'} This is not a fault of your code.</span>
      </div>
    );
  }
  const { run, expected } = outcome;
  const ok = run.status === 'ok';
  return (
    <div className="run-result" data-testid="run-result">
      <div className="result-line">
        <span className={`result-title ${ok ? '' : 'bad'}`}>{STATUS_TEXT[run.status] ?? run.status}</span>
        <span className="muted">
          {formatMs(run.cpuMs)} · {formatKb(run.memoryKb)}
          {run.exitCode !== null && run.exitCode !== 0 ? ` · exit code ${run.exitCode}` : ''}
        </span>
      </div>
      {expected && expected.status === 'ok' ? (
        <OutputDiff run={run} expected={expected} />
      ) : (
        <>
          <div className="sample-label">Output</div>
          <pre className="output-block" data-testid="run-stdout">
            {run.stdout || ' '}
          </pre>
        </>
      )}
      {run.stdoutTruncated && <p className="muted">The output was cut short.</p>}
      {run.stderr && (
        <>
          <div className="sample-label">Standard error</div>
          <pre className="output-block error-output">{run.stderr}</pre>
        </>
      )}
    </div>
  );
}
