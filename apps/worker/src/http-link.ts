import { setTimeout as delay } from 'node:timers/promises';
import {
  INTERNAL_ROUTES,
  type RunOutcome,
  StartSubmissionResponseSchema,
  type SubmissionOutcome,
  type SubmissionProgress,
  type WorkerLink,
} from '@verdict/protocol';

export interface HttpLinkOptions {
  /** Base URL of the server, e.g. "http://verdict-server:8080" (a path prefix is kept). */
  serverUrl: string;
  /** The shared worker token the server was started with. */
  workerToken: string;
  /** Time allowed for one request; default 30 s. */
  timeoutMs?: number;
  /** Time allowed for downloading a package; default 120 s. */
  packageTimeoutMs?: number;
  /** Extra tries of a package download or a finish call after a 5xx or connection error; default 2. */
  retries?: number;
  /** Wait before the first retry, doubled for each further one; default 250 ms. */
  retryDelayMs?: number;
}

/** The server refused a request or could not be reached; `status` is null for a connection error. */
export class WorkerLinkError extends Error {
  override readonly name = 'WorkerLinkError';
  constructor(
    message: string,
    readonly status: number | null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_PACKAGE_TIMEOUT_MS = 120_000;
const DEFAULT_RETRIES = 2;
const DEFAULT_RETRY_DELAY_MS = 250;
/** Of an error response's body, this much goes into the error message. */
const ERROR_BODY_CHARS = 500;

interface Call {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  timeoutMs: number;
  /** Safe to send again: a GET, or a call the server treats idempotently (finish). */
  retry: boolean;
}

/**
 * A WorkerLink over the server's internal HTTP API (INTERNAL_ROUTES), for workers running as
 * separate processes. Package downloads and finish calls are retried on 5xx and connection
 * errors with a doubling backoff; a 4xx is never retried.
 *
 * @example
 * const link = createHttpLink({ serverUrl: 'http://localhost:8080', workerToken: process.env.VERDICT_WORKER_TOKEN });
 */
export function createHttpLink(options: HttpLinkOptions): WorkerLink {
  const base = options.serverUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const packageTimeoutMs = options.packageTimeoutMs ?? DEFAULT_PACKAGE_TIMEOUT_MS;
  const retries = options.retries ?? DEFAULT_RETRIES;
  const retryDelayMs = options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;

  const once = async (call: Call): Promise<ArrayBuffer> => {
    const headers: Record<string, string> = { authorization: `Bearer ${options.workerToken}` };
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    let body: ArrayBuffer;
    try {
      response = await fetch(`${base}${call.path}`, {
        method: call.method,
        headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        signal: AbortSignal.timeout(call.timeoutMs),
      });
      body = await response.arrayBuffer();
    } catch (error) {
      const reason =
        (error as Error).name === 'TimeoutError' ? `no answer within ${call.timeoutMs} ms` : causeText(error);
      throw new WorkerLinkError(`${call.method} ${base}${call.path} failed: ${reason}`, null, { cause: error });
    }
    if (!response.ok) {
      const text = Buffer.from(body).toString('utf8').slice(0, ERROR_BODY_CHARS);
      throw new WorkerLinkError(
        `${call.method} ${base}${call.path} answered ${response.status}${text ? `: ${text}` : ''}`,
        response.status,
      );
    }
    return body;
  };

  const send = async (call: Call): Promise<ArrayBuffer> => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await once(call);
      } catch (error) {
        const status = (error as WorkerLinkError).status;
        const transient = status === null || status >= 500;
        if (!call.retry || !transient || attempt >= retries) throw error;
      }
      await delay(retryDelayMs * 2 ** attempt);
    }
  };

  const post = (path: string, body: unknown, retry: boolean) => send({ method: 'POST', path, body, timeoutMs, retry });

  return {
    async fetchPackage(hash) {
      const call: Call = {
        method: 'GET',
        path: INTERNAL_ROUTES.package(hash),
        timeoutMs: packageTimeoutMs,
        retry: true,
      };
      return new Uint8Array(await send(call));
    },
    async startSubmission(id) {
      // not retried here: the server counts each start as an attempt; the queue redelivers instead
      const body = await post(INTERNAL_ROUTES.startSubmission(id), {}, false);
      let json: unknown;
      try {
        json = JSON.parse(Buffer.from(body).toString('utf8'));
      } catch {
        throw new WorkerLinkError(`the server's answer to starting submission ${id} is not JSON`, null);
      }
      const parsed = StartSubmissionResponseSchema.safeParse(json);
      if (!parsed.success) {
        throw new WorkerLinkError(`the server's answer to starting submission ${id} is not {proceed, attempt}`, null);
      }
      return parsed.data;
    },
    async submissionProgress(id, progress: SubmissionProgress) {
      await post(INTERNAL_ROUTES.submissionProgress(id), progress, false);
    },
    async finishSubmission(id, outcome: SubmissionOutcome) {
      await post(INTERNAL_ROUTES.finishSubmission(id), outcome, true);
    },
    async finishRun(id, outcome: RunOutcome) {
      await post(INTERNAL_ROUTES.finishRun(id), outcome, true);
    },
  };
}

function causeText(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return `${cause.code}${cause.message ? ` (${cause.message})` : ''}`;
  return (error as Error).message ?? String(error);
}
