// The API client: JSON over fetch with the session cookie, the CSRF token on writes, and
// errors as ApiError with the server's stable code.

/** One problem of an uploaded package: a file of the package and what is wrong with it. */
export interface PackageIssue {
  file: string;
  message: string;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** bad_package: the package's own errors, file by file */
    readonly issues: PackageIssue[] = [],
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

/** Called when a request is refused for want of a session (it expired, or was signed out elsewhere). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

/** The session's CSRF token, sent as X-CSRF-Token on every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface RequestOptions {
  body?: unknown;
  /** sent as is (a zip upload) instead of JSON */
  raw?: { data: Blob; contentType: string };
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  let body: BodyInit | undefined;
  if (options.raw) {
    headers['content-type'] = options.raw.contentType;
    body = options.raw.data;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body, credentials: 'same-origin', signal: options.signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'network', 'the server cannot be reached; check your connection and try again');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (response.status === 401 && path !== '/api/v1/auth/me') onUnauthorized?.();
  if (!response.ok) {
    const error = (json as { error?: { code?: string; message?: string; issues?: unknown } } | undefined)?.error;
    const issues = Array.isArray(error?.issues)
      ? error.issues.filter(
          (issue): issue is PackageIssue => typeof issue?.file === 'string' && typeof issue?.message === 'string',
        )
      : [];
    throw new ApiError(
      response.status,
      error?.code ?? 'http_error',
      error?.message ?? `the server answered ${response.status} ${response.statusText}`,
      issues,
    );
  }
  return json as T;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
  upload: <T>(path: string, data: Blob, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, raw: { data, contentType: 'application/zip' } }),
};

/** True when the error means the endpoint is not there (yet): a feature degrades instead of failing. */
export function isMissing(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404 && error.code !== 'unknown_problem';
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

export const qs = (params: Record<string, string | number | undefined | null>): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
};
