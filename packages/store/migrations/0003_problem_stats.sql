CREATE TABLE "problem_stats" (
	"problem_id" text PRIMARY KEY NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"finished" integer DEFAULT 0 NOT NULL,
	"accepted" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "problem_stats" ADD CONSTRAINT "problem_stats_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- the counts of the submissions made before this table existed
INSERT INTO "problem_stats" ("problem_id", "total", "finished", "accepted")
SELECT "problem_id", count(*)::int, (count(*) FILTER (WHERE "state" = 'done'))::int, (count(*) FILTER (WHERE "verdict" = 'AC'))::int
FROM "submissions" GROUP BY "problem_id";
