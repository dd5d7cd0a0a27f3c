-- Burying as a flag ahead of `due` in the queue's index (lib/server/study-sql.ts): a student's
-- buried cards are no longer stepped over at the head of each due range, and cards come out of the
-- index already in (due, id) order. Cards buried before keep their burial until it ends.
-- DropIndex
DROP INDEX "Card_userId_active_state_due_buriedUntil_idx";

-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "buried" BOOLEAN NOT NULL DEFAULT false;

UPDATE "Card" SET "buried" = TRUE WHERE "buriedUntil" IS NOT NULL;

-- CreateIndex
CREATE INDEX "Card_userId_active_state_buried_due_id_idx" ON "Card"("userId", "active", "state", "buried", "due", "id");

-- CreateIndex
CREATE INDEX "Card_userId_buried_buriedUntil_idx" ON "Card"("userId", "buried", "buriedUntil");

