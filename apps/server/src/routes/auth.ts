import { LoginBodySchema, RegisterBodySchema, TokenBodySchema } from '@verdict/protocol';
import { StoreConflictError, type User } from '@verdict/store';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  clearSessionCookie,
  hashPassword,
  newApiToken,
  sha256,
  startSession,
  userView,
  verifyPassword,
} from '../auth.ts';
import { type RouteContext, route } from '../context.ts';
import { ApiError, parseWith, tooMany } from '../errors.ts';
import { SessionViewSchema, TokenViewSchema } from '../schemas.ts';

const TAG = 'auth';

/**
 * Checks a login and a password under both limits: attempts per client address, and failures
 * per account. An account is the user the login resolves to, so its username and its email share
 * one count (one account cannot be guessed at twice as often, nor from many addresses); a login
 * that names no account is counted as typed.
 */
async function checkCredentials(
  ctx: RouteContext,
  request: FastifyRequest,
  login: string,
  password: string,
): Promise<User> {
  const byIp = ctx.limiters.loginPerIp.hit(request.ip);
  if (!byIp.ok) throw tooMany('rate_limited', 'too many login attempts from this address', byIp.retryAfterMs);
  const typed = login.trim().toLowerCase();
  const user = await ctx.store.getUserByLogin(typed);
  const account = user ? `user:${user.id}` : `login:${typed}`;
  const failures = ctx.limiters.loginFailures.check(account);
  if (!failures.ok) {
    throw tooMany('rate_limited', 'too many failed logins for this account', failures.retryAfterMs);
  }
  if (await verifyPassword(user?.passwordHash, password)) {
    ctx.limiters.loginFailures.reset(account);
    return user as User;
  }
  ctx.limiters.loginFailures.hit(account);
  throw new ApiError(401, 'invalid_credentials', 'wrong login or password; the login is your username or email');
}

export function authRoutes(ctx: RouteContext, app: FastifyInstance): void {
  const cookie = { secure: ctx.policy.cookieSecure };
  const admins = new Set(ctx.policy.admins.map((name) => name.toLowerCase()));

  route(
    ctx,
    app,
    {
      method: 'POST',
      url: '/api/v1/auth/register',
      summary: 'Create an account and sign in (sets the session cookie)',
      tag: TAG,
      auth: 'none',
      body: RegisterBodySchema,
      responses: { 201: { description: 'the new user and the CSRF token of the session', schema: SessionViewSchema } },
      errors: ['bad_json', 'validation_failed', 'username_taken', 'email_taken', 'rate_limited'],
    },
    async (request, reply) => {
      const body = parseWith(RegisterBodySchema, request.body, 'body');
      const byIp = ctx.limiters.loginPerIp.hit(request.ip);
      if (!byIp.ok) throw tooMany('rate_limited', 'too many sign-ups and logins from this address', byIp.retryAfterMs);
      let user: User;
      try {
        user = await ctx.store.createUser({
          username: body.username,
          email: body.email,
          passwordHash: await hashPassword(body.password),
          role: admins.has(body.username.toLowerCase()) ? 'admin' : 'user',
        });
      } catch (error) {
        if (!(error instanceof StoreConflictError)) throw error;
        if (error.field === 'email') {
          throw new ApiError(409, 'email_taken', 'this email already has an account; sign in, or use another email');
        }
        throw new ApiError(409, 'username_taken', `the username "${body.username}" is taken; choose another`);
      }
      const { csrfToken } = await startSession(ctx.store, reply, user, cookie);
      reply.status(201);
      return { user: userView(user), csrfToken };
    },
  );

  route(
    ctx,
    app,
    {
      method: 'POST',
      url: '/api/v1/auth/login',
      summary: 'Sign in with a username or email (sets the session cookie)',
      tag: TAG,
      auth: 'none',
      body: LoginBodySchema,
      responses: { 200: { description: 'the user and the CSRF token of the session', schema: SessionViewSchema } },
      errors: ['bad_json', 'validation_failed', 'invalid_credentials', 'rate_limited'],
    },
    async (request, reply) => {
      const body = parseWith(LoginBodySchema, request.body, 'body');
      const user = await checkCredentials(ctx, request, body.login, body.password);
      const { csrfToken } = await startSession(ctx.store, reply, user, cookie);
      return { user: userView(user), csrfToken };
    },
  );

  route(
    ctx,
    app,
    {
      method: 'POST',
      url: '/api/v1/auth/logout',
      summary: 'End the session (its cookie stops working); API tokens stay valid',
      tag: TAG,
      auth: 'user',
      responses: { 204: { description: 'signed out' } },
      errors: ['unauthorized', 'csrf_failed'],
    },
    async (_request, reply, auth) => {
      if (auth.session) await ctx.store.deleteSession(auth.session.tokenHash);
      clearSessionCookie(reply, cookie);
      return reply.status(204).send();
    },
  );

  route(
    ctx,
    app,
    {
      method: 'POST',
      url: '/api/v1/auth/tokens',
      summary: 'Make an API token for scripts: send it as "Authorization: Bearer <token>" (no cookie, no CSRF)',
      tag: TAG,
      auth: 'none',
      body: TokenBodySchema,
      responses: { 201: { description: 'the token; it is shown only this once', schema: TokenViewSchema } },
      errors: ['bad_json', 'validation_failed', 'invalid_credentials', 'rate_limited'],
    },
    async (request, reply) => {
      const body = parseWith(TokenBodySchema, request.body, 'body');
      const user = await checkCredentials(ctx, request, body.login, body.password);
      const token = newApiToken();
      const name = body.name ?? 'api';
      await ctx.store.createApiToken({ tokenHash: sha256(token), userId: user.id, name });
      reply.status(201);
      return { token, name };
    },
  );

  route(
    ctx,
    app,
    {
      method: 'GET',
      url: '/api/v1/auth/me',
      summary: 'The signed-in user, and the CSRF token of the session (null with a bearer token)',
      tag: TAG,
      auth: 'user',
      responses: { 200: { description: 'the caller', schema: SessionViewSchema } },
      errors: ['unauthorized'],
    },
    async (_request, _reply, auth) => ({ user: userView(auth.user), csrfToken: auth.session?.csrfToken ?? null }),
  );
}
