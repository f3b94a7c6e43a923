import { RoleSchema } from '@verdict/protocol';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { userView } from '../auth.ts';
import { type RouteContext, route } from '../context.ts';
import { ApiError, parseWith } from '../errors.ts';
import { RoleBodySchema, UserViewSchema } from '../schemas.ts';

const TAG = 'admin';
const DEFAULT_PAGE = 50;

const UserListQuerySchema = z.object({
  q: z.string().max(254).optional(),
  role: RoleSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});

const UserListSchema = z.object({
  items: z.array(UserViewSchema),
  total: z.number(),
  limit: z.number(),
  offset: z.number(),
});

const UsernameParamsSchema = z.object({ username: z.string().min(1).max(254) });

/** What admins manage: the users and their roles. */
export function adminRoutes(ctx: RouteContext, app: FastifyInstance): void {
  route(
    ctx,
    app,
    {
      method: 'GET',
      url: '/api/v1/admin/users',
      summary: 'Users by username, with their roles; q searches username and email (admins only)',
      tag: TAG,
      auth: 'admin',
      query: UserListQuerySchema,
      responses: { 200: { description: 'a page of users and the total matching', schema: UserListSchema } },
      errors: ['validation_failed', 'unauthorized', 'forbidden'],
    },
    async (request) => {
      const query = parseWith(UserListQuerySchema, request.query, 'query');
      const limit = query.limit ?? DEFAULT_PAGE;
      const offset = query.offset ?? 0;
      const { items, total } = await ctx.store.listUsers({ text: query.q, role: query.role, limit, offset });
      return { items: items.map(userView), total, limit, offset };
    },
  );

  route(
    ctx,
    app,
    {
      method: 'PUT',
      url: '/api/v1/users/:username/role',
      summary: 'Set a user role (admins only): user, author (may upload problems) or admin',
      tag: TAG,
      auth: 'admin',
      body: RoleBodySchema,
      responses: { 200: { description: 'the user with the new role', schema: UserViewSchema } },
      errors: ['bad_json', 'validation_failed', 'unauthorized', 'forbidden', 'csrf_failed', 'not_found', 'conflict'],
    },
    async (request) => {
      const { username } = parseWith(UsernameParamsSchema, request.params, 'params');
      const body = parseWith(RoleBodySchema, request.body, 'body');
      const user = await ctx.store.getUserByLogin(username);
      if (!user) throw new ApiError(404, 'not_found', `there is no user "${username}"`);
      if (user.role === 'admin' && body.role !== 'admin') {
        const admins = await ctx.store.listUsers({ role: 'admin', limit: 2 });
        if (admins.total <= 1) {
          throw new ApiError(
            409,
            'conflict',
            `${user.username} is the last admin: make another user admin first, or nobody could manage roles`,
          );
        }
      }
      await ctx.store.setUserRole(user.id, body.role);
      return userView({ ...user, role: body.role });
    },
  );
}
