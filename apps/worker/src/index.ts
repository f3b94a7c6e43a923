export { createHttpLink, type HttpLinkOptions, WorkerLinkError } from './http-link.ts';
export { createLogger, type WorkerLogger } from './logger.ts';
export { PackageHashMismatchError } from './problem-cache.ts';
export { PROGRESS_INTERVAL_MS } from './progress.ts';
export {
  RUN_DEFAULT_CPU_MS,
  RUN_DEFAULT_MEMORY_KB,
  RUN_DEFAULT_OUTPUT_BYTES,
  RUN_SHOWN_OUTPUT_BYTES,
} from './run.ts';
export { createWorker, type Worker, type WorkerOptions } from './worker.ts';
