-- Card.active: the card's question is "active" (kept in step by lib/server/question-status.ts),
-- so that the practice queue counts a student's cards from one index, without a join to Question.
-- DropIndex
DROP INDEX "Card_userId_state_due_idx";

-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true;
UPDATE "Card" SET "active" = false WHERE "questionId" IN (SELECT "id" FROM "Question" WHERE "status" <> 'active');

-- CreateIndex
CREATE INDEX "Card_userId_active_state_due_idx" ON "Card"("userId", "active", "state", "due");
