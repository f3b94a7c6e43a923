import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { type Algorithm, hash, verify } from '@node-rs/argon2';
import type { Role, Session, Store, User } from '@verdict/store';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError, forbidden, unauthorized } from './errors.ts';
import type { UserView } from './schemas.ts';

export const SESSION_COOKIE = 'verdict_session';
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
const TOKEN_BYTES = 32;
const API_TOKEN_PREFIX = 'vdt_';
const ARGON2ID = 2 as Algorithm;

/** Who made a request, and how: a session cookie (writes need the CSRF header) or a bearer token. */
export interface Auth {
  user: User;
  via: 'session' | 'token';
  session: Session | null;
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
export const randomToken = (): string => randomBytes(TOKEN_BYTES).toString('base64url');
export const newApiToken = (): string => `${API_TOKEN_PREFIX}${randomToken()}`;

/** Compares secrets in constant time (for equal lengths; a length mismatch is not a secret). */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

// verifying against a real hash when the login is unknown keeps the answer time the same,
// so response times do not tell which logins exist
let dummyHash: Promise<string> | undefined;
export async function verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  if (passwordHash === undefined) {
    dummyHash ??= hashPassword(randomToken());
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

export function userView(user: User): UserView {
  return {
    id: user.id,
    username: user.username,
    email: user.email,
    role: user.role,
    createdAt: user.createdAt.toISOString(),
  };
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Resolves a request's credentials once per request (bearer token first, then the session cookie). */
export class Authenticator {
  private readonly resolved = new WeakMap<FastifyRequest, Promise<Auth | null>>();

  constructor(private readonly store: Store) {}

  resolve(request: FastifyRequest): Promise<Auth | null> {
    let auth = this.resolved.get(request);
    if (!auth) {
      auth = this.lookup(request.headers.authorization, request.cookies?.[SESSION_COOKIE]);
      this.resolved.set(request, auth);
    }
    return auth;
  }

  /** The same resolution from raw header values (the WebSocket upgrade has no parsed cookies). */
  async lookup(authorization: string | undefined, sessionToken: string | undefined): Promise<Auth | null> {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
    if (bearer !== undefined) {
      const token = await this.store.getApiToken(sha256(bearer));
      const user = token && (await this.store.getUserById(token.userId));
      // a bad bearer token is an error even with a good cookie: the caller meant the token
      if (!user)
        throw new ApiError(
          401,
          'unauthorized',
          'the bearer token is unknown or revoked; make a new one with POST /api/v1/auth/tokens',
        );
      return { user, via: 'token', session: null };
    }
    if (sessionToken) {
      const session = await this.store.getSession(sha256(sessionToken));
      const user = session && (await this.store.getUserById(session.userId));
      if (session && user) return { user, via: 'session', session };
    }
    return null;
  }

  /** The signed-in user, or 401; writes made with the session cookie also need the CSRF header. */
  async require(request: FastifyRequest, options: { csrf: boolean; role?: Role }): Promise<Auth> {
    const auth = await this.resolve(request);
    if (!auth) throw unauthorized();
    if (options.csrf && auth.via === 'session' && WRITE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !auth.session || !sameSecret(sent, auth.session.csrfToken)) {
        throw new ApiError(
          403,
          'csrf_failed',
          'send the X-CSRF-Token header with the csrfToken of GET /api/v1/auth/me (or of the login answer) on every write made with the session cookie',
        );
      }
    }
    if (options.role && !hasRole(auth.user.role, options.role)) {
      throw forbidden(`this needs the ${options.role} role; you are ${auth.user.role}. An admin can change roles.`);
    }
    return auth;
  }
}

const RANK: Record<Role, number> = { user: 0, author: 1, admin: 2 };
export const hasRole = (role: Role, needed: Role): boolean => RANK[role] >= RANK[needed];

export interface CookieSettings {
  secure: boolean;
}

/** Starts a session: the cookie (httpOnly, SameSite=Lax) and the CSRF token the client echoes on writes. */
export async function startSession(
  store: Store,
  reply: FastifyReply,
  user: User,
  cookie: CookieSettings,
): Promise<{ csrfToken: string }> {
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await store.createSession({ tokenHash: sha256(token), userId: user.id, csrfToken, expiresAt });
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: cookie.secure,
    path: '/',
    expires: expiresAt,
  });
  return { csrfToken };
}

export function clearSessionCookie(reply: FastifyReply, cookie: CookieSettings): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: cookie.secure, path: '/' });
}
