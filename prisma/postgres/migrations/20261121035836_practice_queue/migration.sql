-- The practice queue (lib/server/study-sql.ts): a card buried for the day (a sibling was answered)
-- is skipped from the index it is served from, siblings are found by (userId, siblingKey), and the
-- day's answers are counted from an index alone.
-- DropIndex
DROP INDEX "Card_userId_active_state_due_idx";

-- DropIndex
DROP INDEX "ReviewLog_userId_reviewedAt_idx";

-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "buriedUntil" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Card_userId_active_state_due_buriedUntil_idx" ON "Card"("userId", "active", "state", "due", "buriedUntil");

-- CreateIndex
CREATE INDEX "Card_userId_siblingKey_idx" ON "Card"("userId", "siblingKey");

-- CreateIndex
CREATE INDEX "ReviewLog_userId_reviewedAt_origin_state_idx" ON "ReviewLog"("userId", "reviewedAt", "origin", "state");

