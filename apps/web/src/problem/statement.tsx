import 'katex/dist/katex.min.css';
import { useState } from 'react';
import { DifficultyBadge, formatMs } from '../components/bits.tsx';
import type { ProblemDetail, Sample } from '../lib/types.ts';

function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="copy-button"
      aria-label={label}
      onClick={() => {
        navigator.clipboard?.writeText(text).then(
          () => {
            setCopied(true);
            setTimeout(() => setCopied(false), 1500);
          },
          () => undefined,
        );
      }}
    >
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
}

function SampleCard({ sample, index, onUse }: { sample: Sample; index: number; onUse(input: string): void }) {
  return (
    <div className="sample">
      <div className="sample-head">
        <h3>Example {index + 1}</h3>
        <button type="button" className="button button-ghost button-small" onClick={() => onUse(sample.input)}>
          Use as input
        </button>
      </div>
      <div className="sample-grid">
        <div className="sample-block">
          <div className="sample-label">
            Input <CopyButton text={sample.input} label={`Copy the input of example ${index + 1}`} />
          </div>
          <pre>{sample.input}</pre>
        </div>
        <div className="sample-block">
          <div className="sample-label">
            Output <CopyButton text={sample.output} label={`Copy the output of example ${index + 1}`} />
          </div>
          <pre>{sample.output}</pre>
        </div>
      </div>
    </div>
  );
}

export function Statement({ problem, onUseInput }: { problem: ProblemDetail; onUseInput(input: string): void }) {
  return (
    <article className="statement-pane" aria-labelledby="problem-title">
      <header className="statement-head">
        <h1 id="problem-title">{problem.title}</h1>
        <div className="meta-row">
          <DifficultyBadge difficulty={problem.difficulty} />
          {problem.topics.map((topic) => (
            <span key={topic} className="tag">
              {topic}
            </span>
          ))}
        </div>
        <div className="limits muted">
          <span>Time limit {formatMs(problem.timeLimitMs)}</span>
          <span>Memory {problem.memoryMb} MB</span>
          {problem.kind !== 'stdio' && <span>{problem.kind} problem</span>}
          {problem.statementPdfUrl && (
            <a href={problem.statementPdfUrl} download>
              Statement (PDF)
            </a>
          )}
        </div>
      </header>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the API sends the statement rendered (Markdown, KaTeX) and sanitised */}
      <div className="statement" dangerouslySetInnerHTML={{ __html: stripTitle(problem.statementHtml) }} />
      {problem.samples.length > 0 && (
        <section className="samples" aria-label="Examples">
          {problem.samples.map((sample, index) => (
            <SampleCard key={sample.name} sample={sample} index={index} onUse={onUseInput} />
          ))}
        </section>
      )}
      {problem.hints.length > 0 && (
        <section className="hints" aria-label="Hints">
          {problem.hints.map((hint, index) => (
            <details key={hint} className="hint">
              <summary>Hint {index + 1}</summary>
              {/* biome-ignore lint/security/noDangerouslySetInnerHtml: hints are rendered and sanitised like the statement */}
              <div className="statement" dangerouslySetInnerHTML={{ __html: hint }} />
            </details>
          ))}
        </section>
      )}
      {problem.editorialHtml && (
        <section className="hints" aria-label="Editorial">
          <details className="hint">
            <summary>Editorial: the approach and its complexity (spoiler)</summary>
            {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the editorial is rendered and sanitised like the statement */}
            <div className="statement" dangerouslySetInnerHTML={{ __html: problem.editorialHtml }} />
          </details>
        </section>
      )}
    </article>
  );
}

/** The statement repeats the title as its first heading; the page shows it once, above. */
function stripTitle(html: string): string {
  return html.replace(/^\s*<h1[^>]*>[\s\S]*?<\/h1>\s*/, '');
}
