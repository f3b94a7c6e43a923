import { and, desc, eq } from 'drizzle-orm';
import { missingReferenceError, type StoreContext } from './context.ts';
import { drafts } from './schema.ts';
import type { DraftRecord, Store } from './types.ts';

type DraftMethods = Pick<Store, 'listDrafts' | 'saveDraft' | 'deleteDraft'>;

export function draftMethods({ db, now }: StoreContext): DraftMethods {
  return {
    async listDrafts(userId, problemId) {
      return db
        .select()
        .from(drafts)
        .where(and(eq(drafts.userId, userId), eq(drafts.problemId, problemId)))
        .orderBy(desc(drafts.updatedAt), drafts.language);
    },

    async saveDraft(input) {
      const draft: DraftRecord = {
        userId: input.userId,
        problemId: input.problemId,
        language: input.language,
        code: input.code,
        updatedAt: now(),
      };
      try {
        const [saved] = await db
          .insert(drafts)
          .values(draft)
          .onConflictDoUpdate({
            target: [drafts.userId, drafts.problemId, drafts.language],
            set: { code: draft.code, updatedAt: draft.updatedAt },
          })
          .returning();
        return saved ?? draft;
      } catch (error) {
        throw missingReferenceError(error, {
          user_id: `user ${input.userId}`,
          problem_id: `problem ${input.problemId}`,
        });
      }
    },

    async deleteDraft(userId, problemId, language) {
      const deleted = await db
        .delete(drafts)
        .where(and(eq(drafts.userId, userId), eq(drafts.problemId, problemId), eq(drafts.language, language)))
        .returning({ language: drafts.language });
      return deleted.length > 0;
    },
  };
}
