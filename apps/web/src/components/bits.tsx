// Small shared pieces: difficulty and verdict badges, status icons, bars, notes.
import type { ReactNode } from 'react';
import { ApiError } from '../lib/api.ts';
import type { Difficulty, ProgressStatus, Verdict } from '../lib/types.ts';
import { CheckIcon, CircleDotIcon } from './icons.tsx';

const DIFFICULTY_LABEL: Record<Difficulty, string> = { easy: 'Easy', medium: 'Medium', hard: 'Hard' };
export const DIFFICULTIES: Difficulty[] = ['easy', 'medium', 'hard'];

export function DifficultyBadge({ difficulty }: { difficulty: Difficulty }) {
  return <span className={`difficulty difficulty-${difficulty}`}>{DIFFICULTY_LABEL[difficulty]}</span>;
}

export const difficultyLabel = (difficulty: Difficulty) => DIFFICULTY_LABEL[difficulty];

export const VERDICT_NAME: Record<Verdict, string> = {
  AC: 'Accepted',
  WA: 'Wrong Answer',
  TLE: 'Time Limit Exceeded',
  MLE: 'Memory Limit Exceeded',
  RE: 'Runtime Error',
  OLE: 'Output Limit Exceeded',
  CE: 'Compilation Error',
  IE: 'Internal Error',
};

export function VerdictBadge({ verdict, long }: { verdict: Verdict | null; long?: boolean }) {
  if (!verdict) return <span className="verdict verdict-pending">Judging</span>;
  return (
    <span className={`verdict verdict-${verdict === 'AC' ? 'ok' : 'bad'}`} title={VERDICT_NAME[verdict]}>
      {long ? VERDICT_NAME[verdict] : verdict}
    </span>
  );
}

export function StatusIcon({ status }: { status: ProgressStatus | null }) {
  if (status === 'completed') {
    return (
      <span className="status status-completed">
        <CheckIcon label="Solved" />
      </span>
    );
  }
  if (status === 'in_progress') {
    return (
      <span className="status status-progress">
        <CircleDotIcon label="Attempted" />
      </span>
    );
  }
  return <span className="status status-none" role="img" aria-label="Not started" />;
}

export function Bar({ value, max, tone, label }: { value: number; max: number; tone?: string; label: string }) {
  const percent = max > 0 ? Math.min(100, (value / max) * 100) : 0;
  return (
    <div
      className={`bar ${tone ? `bar-${tone}` : ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
    >
      <div className="bar-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}

export function ErrorNote({ error, children }: { error: unknown; children?: ReactNode }) {
  const message = error instanceof Error ? error.message : String(error);
  const offline = error instanceof ApiError && error.code === 'network';
  const issues = error instanceof ApiError ? error.issues : [];
  if (issues.length > 0) {
    // a package's own errors, file by file: the summary line repeats them, so it is left out
    return (
      <div className="note note-error" role="alert" data-testid="package-errors">
        <strong>
          The package has {issues.length === 1 ? 'an error' : `${issues.length} errors`}; fix and upload again
        </strong>
        <ul>
          {issues.map((issue) => (
            <li key={`${issue.file}: ${issue.message}`}>
              <code>{issue.file}</code>: {issue.message}
            </li>
          ))}
        </ul>
        {children}
      </div>
    );
  }
  // a refusal the server explains (a conflict, a missing right) is not a failure of the site
  const refused = error instanceof ApiError && [403, 409].includes(error.status);
  return (
    <div className="note note-error" role="alert">
      <strong>{offline ? 'Offline' : refused ? 'Not done' : 'Something went wrong'}</strong>
      <span>{message}</span>
      {children}
    </div>
  );
}

export function Spinner({ label = 'Loading' }: { label?: string }) {
  return <span className="spinner" role="status" aria-label={label} />;
}

export function Skeleton({ lines = 3 }: { lines?: number }) {
  return (
    <div className="skeleton" aria-hidden="true">
      {Array.from({ length: lines }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
        <div key={index} className="skeleton-line" style={{ width: `${90 - ((index * 17) % 40)}%` }} />
      ))}
    </div>
  );
}

export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

export function formatKb(kb: number | null | undefined): string {
  if (kb === null || kb === undefined) return '—';
  return kb >= 1024 ? `${(kb / 1024).toFixed(1)} MB` : `${kb} KB`;
}

export function formatPercent(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(1)}%`;
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

export function timeAgo(iso: string): string {
  const seconds = (new Date(iso).getTime() - Date.now()) / 1000;
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 31536000],
    ['month', 2592000],
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
  ];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return 'just now';
}
