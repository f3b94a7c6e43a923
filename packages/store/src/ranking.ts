import { and, eq, sql } from 'drizzle-orm';
import type { StoreContext } from './context.ts';
import { submissions } from './schema.ts';
import { RUNTIME_BUCKETS, type RuntimeBucket, type Store } from './types.ts';

type RankingMethods = Pick<Store, 'getRuntimeDistribution'>;

interface BucketRow {
  fastestMs: number | null;
  slowestMs: number | null;
  accepted: number;
  slower: number;
  widthMs: number;
  bucket: number | null;
  count: number;
}

/** Every bucket from the fastest to the slowest runtime, the empty ones included. */
function histogramOf(rows: BucketRow[]): RuntimeBucket[] {
  const first = rows[0];
  if (!first || first.fastestMs === null || first.slowestMs === null || first.accepted === 0) return [];
  const { fastestMs, slowestMs, widthMs } = first;
  const counts = new Map(rows.map((row) => [row.bucket, row.count]));
  return Array.from({ length: Math.floor((slowestMs - fastestMs) / widthMs) + 1 }, (_, index) => {
    const fromMs = fastestMs + index * widthMs;
    return { fromMs, toMs: fromMs + widthMs, count: counts.get(index) ?? 0 };
  });
}

export function rankingMethods({ db }: StoreContext): RankingMethods {
  return {
    async getRuntimeDistribution({ problemId, language, runtimeMs }) {
      // one statement (one snapshot, one range of submissions_problem_language_verdict_idx):
      // the bounds and the counts per bucket, at most RUNTIME_BUCKETS rows back
      const accepted = db.$with('accepted').as(
        db
          .select({ ms: sql<number>`coalesce(${submissions.cpuMs}, 0)`.as('ms') })
          .from(submissions)
          .where(
            and(
              eq(submissions.problemId, problemId),
              eq(submissions.language, language),
              eq(submissions.verdict, 'AC'),
            ),
          ),
      );
      const bounds = db.$with('bounds').as(
        db
          .select({
            fastestMs: sql<number | null>`min(${accepted.ms})`.as('fastest_ms'),
            slowestMs: sql<number | null>`max(${accepted.ms})`.as('slowest_ms'),
            accepted: sql<number>`count(*)::int`.as('accepted'),
            slower: sql<number>`(count(*) filter (where ${accepted.ms} > ${runtimeMs}::float8))::int`.as('slower'),
            // whole milliseconds: a fractional width would draw a comb of empty buckets between
            // integer runtimes; at most RUNTIME_BUCKETS buckets span fastest..slowest
            widthMs:
              sql<number>`greatest(1, ceil((max(${accepted.ms}) - min(${accepted.ms}) + 1) / ${RUNTIME_BUCKETS}::float8))::int`.as(
                'width_ms',
              ),
          })
          .from(accepted),
      );
      const bucket = sql<number | null>`(${accepted.ms} - ${bounds.fastestMs}) / ${bounds.widthMs}`;
      const rows: BucketRow[] = await db
        .with(accepted, bounds)
        .select({
          fastestMs: bounds.fastestMs,
          slowestMs: bounds.slowestMs,
          accepted: bounds.accepted,
          slower: bounds.slower,
          widthMs: bounds.widthMs,
          bucket,
          count: sql<number>`count(${accepted.ms})::int`,
        })
        .from(bounds)
        .leftJoin(accepted, sql`true`)
        .groupBy(bounds.fastestMs, bounds.slowestMs, bounds.accepted, bounds.slower, bounds.widthMs, bucket)
        .orderBy(bucket);
      const histogram = histogramOf(rows);
      const first = histogram[0];
      const index = first ? Math.floor((runtimeMs - first.fromMs) / (first.toMs - first.fromMs)) : -1;
      return {
        acceptedCount: rows[0]?.accepted ?? 0,
        slowerCount: rows[0]?.slower ?? 0,
        histogram,
        bucket: index >= 0 && index < histogram.length ? index : null,
      };
    },
  };
}
