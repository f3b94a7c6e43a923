import type { Verdict } from './verdict.ts';

/** The settings of a test group that scoring needs (from testdata.yaml, inherited). */
export interface GroupScoring {
  onReject: 'break' | 'continue';
  acceptScore: number;
  rejectScore: number;
  /** Lowest and highest score the group may get; the aggregate is clamped to it. */
  range: [number, number];
  aggregation: 'sum' | 'min';
}

export interface ScoringGroup<Case> {
  name: string;
  scoring: GroupScoring;
  cases: readonly Case[];
  groups: readonly ScoringGroup<Case>[];
}

export interface GroupResult {
  name: string;
  verdict: Verdict;
  score: number;
  maxScore: number;
  /** Test cases judged in this group and its subgroups. */
  judged: number;
  groups: GroupResult[];
}

function clamp(value: number, [low, high]: [number, number]): number {
  return Math.min(high, Math.max(low, value));
}

function aggregate(scores: number[], aggregation: 'sum' | 'min'): number {
  if (scores.length === 0) return 0;
  return aggregation === 'sum' ? scores.reduce((a, b) => a + b, 0) : Math.min(...scores);
}

/** The best score a group can give: every case accepted. */
export function maxScoreOf<Case>(group: ScoringGroup<Case>): number {
  const scores = [
    ...group.cases.map(() => group.scoring.acceptScore),
    ...group.groups.map((child) => maxScoreOf(child)),
  ];
  return clamp(aggregate(scores, group.scoring.aggregation), group.scoring.range);
}

/**
 * Judges a group's cases in order, then its subgroups, as the problem format describes: a
 * case scores accept_score when accepted and reject_score otherwise; a group aggregates its
 * cases and subgroups (sum or min) and clamps to its range; `on_reject: break` stops the
 * group at its first rejected case or subgroup. `stop()` lets the caller end everything
 * early (a pass-fail submit stops at the first failure).
 */
export async function judgeGroup<Case>(
  group: ScoringGroup<Case>,
  judgeCase: (testCase: Case, group: ScoringGroup<Case>) => Promise<Verdict>,
  stop: () => boolean,
): Promise<GroupResult> {
  const scores: number[] = [];
  const children: GroupResult[] = [];
  let verdict: Verdict = 'AC';
  let judged = 0;
  const reject = (childVerdict: Verdict): boolean => {
    if (verdict === 'AC') verdict = childVerdict;
    return group.scoring.onReject === 'break';
  };
  let broke = false;
  for (const testCase of group.cases) {
    if (stop()) break;
    const caseVerdict = await judgeCase(testCase, group);
    judged++;
    scores.push(caseVerdict === 'AC' ? group.scoring.acceptScore : group.scoring.rejectScore);
    if (caseVerdict !== 'AC' && reject(caseVerdict)) {
      broke = true;
      break;
    }
  }
  for (const child of group.groups) {
    if (broke || stop()) break;
    const result = await judgeGroup(child, judgeCase, stop);
    children.push(result);
    judged += result.judged;
    scores.push(result.score);
    if (result.verdict !== 'AC' && reject(result.verdict)) break;
  }
  return {
    name: group.name,
    verdict,
    score: clamp(aggregate(scores, group.scoring.aggregation), group.scoring.range),
    maxScore: maxScoreOf(group),
    judged,
    groups: children,
  };
}
