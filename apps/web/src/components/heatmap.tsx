// A year of practice as a grid of days (weeks as columns), shaded by submissions that day.
import { useEffect, useRef } from 'react';

const WEEKS = 53;
const DAY_MS = 86_400_000;
const LEVELS = [0, 1, 3, 6, 10];

function level(count: number): number {
  let found = 0;
  for (const [index, threshold] of LEVELS.entries()) if (count >= threshold) found = index;
  return found;
}

const dayKey = (time: number) => new Date(time).toISOString().slice(0, 10);

export function Heatmap({ activity }: { activity: { day: string; submissions: number; accepted: number }[] }) {
  const byDay = new Map(activity.map((entry) => [entry.day.slice(0, 10), entry]));
  const today = Date.parse(dayKey(Date.now()));
  // the grid ends with this week; columns start on Sunday
  const end = today + (6 - new Date(today).getUTCDay()) * DAY_MS;
  const start = end - (WEEKS * 7 - 1) * DAY_MS;
  const weeks: { key: string; count: number; accepted: number; future: boolean }[][] = [];
  for (let week = 0; week < WEEKS; week++) {
    const days = [];
    for (let day = 0; day < 7; day++) {
      const time = start + (week * 7 + day) * DAY_MS;
      const key = dayKey(time);
      const entry = byDay.get(key);
      days.push({ key, count: entry?.submissions ?? 0, accepted: entry?.accepted ?? 0, future: time > today });
    }
    weeks.push(days);
  }
  const scroller = useRef<HTMLDivElement>(null);
  // on a narrow screen the grid scrolls; the recent weeks are the ones to see first
  useEffect(() => {
    if (scroller.current) scroller.current.scrollLeft = scroller.current.scrollWidth;
  }, []);
  const total = activity.reduce((sum, entry) => sum + entry.submissions, 0);
  const activeDays = activity.filter((entry) => entry.submissions > 0).length;
  return (
    <figure className="heatmap">
      <div className="heatmap-scroll" ref={scroller}>
        <div className="heatmap-grid" role="img" aria-label={`${total} submissions on ${activeDays} days this year`}>
          {weeks.flat().map((day) => (
            <span
              key={day.key}
              className={`heatmap-day level-${day.future ? 'none' : level(day.count)}`}
              title={day.future ? undefined : `${day.key}: ${day.count} submissions, ${day.accepted} accepted`}
            />
          ))}
        </div>
      </div>
      <figcaption className="heatmap-legend muted">
        <span>
          {total} {total === 1 ? 'submission' : 'submissions'} in the last year · {activeDays} active{' '}
          {activeDays === 1 ? 'day' : 'days'}
        </span>
        <span className="legend-scale" aria-hidden="true">
          Less
          {LEVELS.map((threshold, index) => (
            <span key={threshold} className={`heatmap-day level-${index}`} />
          ))}
          More
        </span>
      </figcaption>
    </figure>
  );
}
