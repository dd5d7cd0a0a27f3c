-- The practice queue (lib/server/study-sql.ts): a card buried for the day (a sibling was answered)
-- is skipped from the index it is served from, siblings are found by (userId, siblingKey), and the
-- day's answers are counted from an index alone.
ALTER TABLE "Card" ADD COLUMN "buriedUntil" DATETIME;

DROP INDEX "Card_userId_active_state_due_idx";
CREATE INDEX "Card_userId_active_state_due_buriedUntil_idx" ON "Card"("userId", "active", "state", "due", "buriedUntil");
CREATE INDEX "Card_userId_siblingKey_idx" ON "Card"("userId", "siblingKey");

DROP INDEX "ReviewLog_userId_reviewedAt_idx";
CREATE INDEX "ReviewLog_userId_reviewedAt_origin_state_idx" ON "ReviewLog"("userId", "reviewedAt", "origin", "state");
