// Response shapes of the API the app reads (apps/server/src/schemas.ts is the source of truth;
// only the fields used here are named).
import type { Difficulty, ProgressStatus, Role, SubmissionState, TestReport, Verdict } from '@verdict/protocol';

export type { Difficulty, ProgressStatus, Role, SubmissionState, TestReport, Verdict };

export interface User {
  id: string;
  username: string;
  email: string;
  role: Role;
  createdAt: string;
}

export interface Session {
  user: User;
  csrfToken: string | null;
}

export interface ProblemSummary {
  id: string;
  title: string;
  difficulty: Difficulty;
  topics: string[];
  kind: string;
  published: boolean;
  version: number;
  timeLimitMs: number;
  memoryMb: number;
  acceptance: number | null;
  submissions: number;
  status: ProgressStatus | null;
}

export interface ProblemList {
  items: ProblemSummary[];
  total: number;
  limit: number;
  offset: number;
}

export interface Sample {
  name: string;
  input: string;
  output: string;
  truncated?: boolean;
}

export interface LanguageView {
  id: string;
  name: string;
  version: string | null;
}

export interface ProblemDetail extends Omit<ProblemSummary, 'acceptance' | 'submissions' | 'status'> {
  statementHtml: string;
  /** the package's PDF statement, a download; null when it has none */
  statementPdfUrl: string | null;
  samples: Sample[];
  hints: string[];
  starter: Record<string, string>;
  languages: LanguageView[];
  /** the editorial as sanitised HTML; null when the problem has none */
  editorialHtml: string | null;
  updatedAt: string;
}

export interface SubmissionSummary {
  id: string;
  problemId: string;
  language: string;
  state: SubmissionState;
  verdict: Verdict | null;
  score: number | null;
  maxScore: number | null;
  testsDone: number;
  testsTotal: number | null;
  cpuMs: number | null;
  memoryKb: number | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface SubmissionDetail extends SubmissionSummary {
  userId: string;
  code: string;
  tests: TestReport[];
  compileOutput: string | null;
  message: string | null;
}

export interface SubmissionList {
  items: SubmissionSummary[];
  nextBefore: string | null;
}

export interface Execution {
  status: string;
  verdict: Verdict | null;
  exitCode: number | null;
  cpuMs: number;
  wallMs: number;
  memoryKb: number;
  stdout: string;
  stderr: string;
  stdoutTruncated: boolean;
}

export interface RunOutcome {
  status: 'ok' | 'compile-error' | 'input-error' | 'error';
  compileOutput: string | null;
  run: Execution | null;
  expected: Execution | null;
  message: string | null;
}

export interface RunView {
  id: string;
  status: 'pending' | 'done';
  outcome: RunOutcome | null;
}

export interface Progress {
  problems: { problemId: string; status: ProgressStatus; updatedAt: string }[];
  solvedByDifficulty: Record<string, number>;
  solvedByTopic: Record<string, number>;
  streakDays: number;
  activity: { day: string; submissions: number; accepted: number }[];
  recentSubmissions: SubmissionSummary[];
}

export interface Draft {
  language: string;
  code: string;
  updatedAt: string;
}

export interface Rank {
  submissionId: string;
  problemId: string;
  language: string;
  runtimeMs: number;
  memoryKb: number;
  acceptedCount: number;
  fasterThanPercent: number;
  histogram: { fromMs: number; toMs: number; count: number }[];
  bucket: number;
}

export interface Daily {
  date: string;
  problem: ProblemSummary;
}

export interface UploadResult {
  problem: ProblemDetail;
  changed: boolean;
  issues: unknown[];
}
