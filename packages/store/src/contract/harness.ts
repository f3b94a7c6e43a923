import type { ProblemInput, Store, SubmissionResult, User } from '../types.ts';

/** What an adapter's test file passes in: a fresh, empty store per call, on the given clock. */
export type MakeStore = (options: { now: () => Date }) => Promise<Store>;

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** A clock the tests move by hand: expiry and streaks are checked without waiting. */
export class TestClock {
  private current: number;

  constructor(start = '2025-03-10T12:00:00.000Z') {
    this.current = Date.parse(start);
  }

  readonly now = (): Date => new Date(this.current);

  set(iso: string): void {
    this.current = Date.parse(iso);
  }

  advance(ms: number): void {
    this.current += ms;
  }
}

export interface Harness {
  store: Store;
  clock: TestClock;
}

/** Runs one test on a fresh, migrated store and closes it whatever happens. */
export function withStore(makeStore: MakeStore, run: (harness: Harness) => Promise<void>): () => Promise<void> {
  return async () => {
    const clock = new TestClock();
    const store = await makeStore({ now: clock.now });
    try {
      await store.migrate();
      await run({ store, clock });
    } finally {
      await store.close();
    }
  };
}

export function makeUser(store: Store, name: string, role?: User['role']): Promise<User> {
  return store.createUser({
    username: name,
    email: `${name}@example.com`,
    passwordHash: `hash-of-${name}`,
    ...(role ? { role } : {}),
  });
}

export function problemInput(id: string, overrides: Partial<ProblemInput> = {}): ProblemInput {
  return {
    id,
    title: `Title of ${id}`,
    difficulty: 'easy',
    topics: ['arrays'],
    statementMd: `Statement of ${id}.`,
    published: true,
    timeLimitMs: 1000,
    memoryMb: 256,
    kind: 'stdio',
    packageHash: `sha256-${id}`,
    meta: { samples: [{ input: '1 2\n', output: '3\n' }] },
    authorId: null,
    ...overrides,
  };
}

export function verdictResult(verdict: SubmissionResult['verdict'], overrides: Partial<SubmissionResult> = {}) {
  const result: SubmissionResult = {
    verdict,
    score: verdict === 'AC' ? 100 : 0,
    maxScore: 100,
    cpuMs: 12,
    memoryKb: 3400,
    results: [{ name: 'sample-1', group: 'sample', verdict, cpuMs: 12, memoryKb: 3400, message: null }],
    compileOutput: null,
    message: null,
    ...overrides,
  };
  return result;
}

/** A user, a problem and a submission of it: the common start of the submission tests. */
export async function submitted(store: Store, name = 'ada', problemId = 'two-sum') {
  const user = await makeUser(store, name);
  if (!(await store.getProblem(problemId))) await store.upsertProblem(problemInput(problemId));
  const { submission } = await store.createSubmission({
    userId: user.id,
    problemId,
    language: 'python3',
    code: 'print(3)',
  });
  return { user, submission };
}
