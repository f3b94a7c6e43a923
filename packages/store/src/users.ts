import { and, asc, count, desc, eq, gt, or, type SQL, sql } from 'drizzle-orm';
import { likePattern, listLimit, newId, type StoreContext, UNIQUE_VIOLATION, violatedConstraint } from './context.ts';
import { apiTokens, sessions, users } from './schema.ts';
import { type Store, StoreConflictError, type User, type UserFilter } from './types.ts';

type UserMethods = Pick<
  Store,
  | 'createUser'
  | 'getUserById'
  | 'getUserByLogin'
  | 'setUserRole'
  | 'listUsers'
  | 'createSession'
  | 'getSession'
  | 'deleteSession'
  | 'createApiToken'
  | 'getApiToken'
>;

const CONFLICT_FIELDS: Record<string, 'username' | 'email'> = {
  users_username_lower_key: 'username',
  users_email_lower_key: 'email',
};

export function userMethods({ db, now }: StoreContext): UserMethods {
  return {
    async createUser(input) {
      const user: User = {
        id: newId('usr'),
        username: input.username,
        email: input.email,
        passwordHash: input.passwordHash,
        role: input.role ?? 'user',
        createdAt: now(),
      };
      try {
        await db.insert(users).values(user);
      } catch (error) {
        const field = CONFLICT_FIELDS[violatedConstraint(error, UNIQUE_VIOLATION) ?? ''];
        if (field) throw new StoreConflictError(`${field} "${input[field]}" is already taken`, field);
        throw error;
      }
      return user;
    },

    async getUserById(id) {
      const [user] = await db.select().from(users).where(eq(users.id, id));
      return user;
    },

    async getUserByLogin(login) {
      const lowered = login.toLowerCase();
      const byUsername = sql`lower(${users.username}) = ${lowered}`;
      const [user] = await db
        .select()
        .from(users)
        .where(or(byUsername, sql`lower(${users.email}) = ${lowered}`))
        // a username that equals someone's email wins over that email
        .orderBy(desc(byUsername))
        .limit(1);
      return user;
    },

    async setUserRole(id, role) {
      await db.update(users).set({ role }).where(eq(users.id, id));
    },

    async listUsers(filter) {
      const where = and(...userConditions(filter));
      const items = await db
        .select()
        .from(users)
        .where(where)
        .orderBy(asc(sql`lower(${users.username})`), asc(users.id))
        .limit(listLimit(filter.limit))
        .offset(Math.max(0, Math.floor(filter.offset ?? 0)));
      const [totalRow] = await db.select({ total: count() }).from(users).where(where);
      return { items, total: totalRow?.total ?? 0 };
    },

    async createSession(input) {
      const session = {
        tokenHash: input.tokenHash,
        userId: input.userId,
        csrfToken: input.csrfToken,
        expiresAt: input.expiresAt,
        createdAt: now(),
      };
      await db.insert(sessions).values(session);
      return session;
    },

    async getSession(tokenHash) {
      const [session] = await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now())));
      return session;
    },

    async deleteSession(tokenHash) {
      await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    },

    async createApiToken(input) {
      const token = {
        tokenHash: input.tokenHash,
        userId: input.userId,
        name: input.name,
        createdAt: now(),
        lastUsedAt: null,
      };
      await db.insert(apiTokens).values(token);
      return token;
    },

    async getApiToken(tokenHash) {
      const [token] = await db
        .update(apiTokens)
        .set({ lastUsedAt: now() })
        .where(eq(apiTokens.tokenHash, tokenHash))
        .returning();
      return token;
    },
  };
}

function userConditions(filter: UserFilter): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [];
  if (filter.role !== undefined) conditions.push(eq(users.role, filter.role));
  if (filter.text) {
    const pattern = likePattern(filter.text);
    conditions.push(sql`(${users.username} ilike ${pattern} or ${users.email} ilike ${pattern})`);
  }
  return conditions;
}
