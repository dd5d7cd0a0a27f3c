-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "firstAnswer" TEXT,
ADD COLUMN     "firstCorrect" BOOLEAN,
ADD COLUMN     "firstReviewedAt" TIMESTAMP(3);

-- Backfill (hand-written): each card's earliest review log, as lib/server/study-sql.ts keeps it.
UPDATE "Card" c SET "firstReviewedAt" = f."reviewedAt", "firstCorrect" = COALESCE(f."correct", f."rating" > 1), "firstAnswer" = f."answer"
FROM (
  SELECT DISTINCT ON (r."cardId") r."cardId", r."reviewedAt", r."correct", r."rating", r."answer"
  FROM "ReviewLog" r ORDER BY r."cardId", r."reviewedAt" ASC
) f
WHERE f."cardId" = c."id";
