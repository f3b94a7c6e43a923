import { and, desc, eq, gt, or, sql } from 'drizzle-orm';
import { newId, type StoreContext, UNIQUE_VIOLATION, violatedConstraint } from './context.ts';
import { apiTokens, sessions, users } from './schema.ts';
import { type Store, StoreConflictError, type User } from './types.ts';

type UserMethods = Pick<
  Store,
  | 'createUser'
  | 'getUserById'
  | 'getUserByLogin'
  | 'setUserRole'
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
