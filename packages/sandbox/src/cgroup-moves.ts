/**
 * Moving a process into a cgroup takes a system-wide lock (cgroup_threadgroup_rwsem) for
 * writing. By default the kernel keeps that lock cheap for readers (every fork and exit) and
 * makes a writer that comes after a quiet spell wait for an RCU grace period: 5–20 ms here, paid
 * by the first test of a submission in a prepared box. The `favordynmods` mount option (Linux
 * 6.0+, cgroup v1 and v2) turns that trade around for the whole machine: moves are fast, forks
 * and exits pay a little more. A judge moves a process per test, so Verdict asks for it.
 *
 * On cgroup v1 the option takes effect when any hierarchy is mounted with it, so Verdict mounts
 * an empty named hierarchy (no controllers) with it; on a pure v2 host it remounts the root.
 * Best effort: a kernel without the option still judges correctly, only the first move of each
 * box is slower (docs/BENCHMARKS.md).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureMount } from './work-dir.ts';

const HIERARCHY_NAME = 'verdict_fastmoves';

/** True when some cgroup mount of this machine already carries favordynmods. */
export function cgroupMovesFavoured(): boolean {
  return readFileSync('/proc/self/mounts', 'utf8')
    .split('\n')
    .some((line) => {
      const [, , type, options] = line.split(' ');
      return (type === 'cgroup' || type === 'cgroup2') && (options ?? '').split(',').includes('favordynmods');
    });
}

function mountOptions(point: string): string[] | null {
  for (const line of readFileSync('/proc/self/mounts', 'utf8').split('\n')) {
    const [, at, , options] = line.split(' ');
    if (at === point) return (options ?? '').split(',').filter((option) => option !== 'rw' && option !== 'ro');
  }
  return null;
}

/**
 * Makes cgroup moves cheap on this machine (see above). Returns null when they are, else why not.
 *
 * @example
 * favourCgroupMoves({ stateDir: '/var/tmp/verdict-sandbox', pureV2: false }) // null
 */
export function favourCgroupMoves(options: { stateDir: string; pureV2: boolean; v2Root?: string }): string | null {
  if (cgroupMovesFavoured()) return null;
  try {
    if (options.pureV2) {
      const root = options.v2Root ?? '/sys/fs/cgroup';
      // a remount sets the root's flags to exactly those given: keep nsdelegate and the others
      const current = mountOptions(root);
      if (current === null) return `${root} is not a mount point`;
      const remount = spawnSync('mount', ['-o', ['remount', ...current, 'favordynmods'].join(','), root], {
        encoding: 'utf8',
      });
      if (remount.status !== 0) return `remounting ${root} with favordynmods failed: ${remount.stderr.trim()}`;
    } else {
      ensureMount(
        join(options.stateDir, 'cgroup-fastmoves'),
        ['-t', 'cgroup', '-o', `none,name=${HIERARCHY_NAME},favordynmods`, 'cgroup'],
        'a cgroup hierarchy with favordynmods',
      );
    }
  } catch (error) {
    return (error as Error).message;
  }
  return cgroupMovesFavoured() ? null : 'the kernel did not keep the favordynmods option';
}
