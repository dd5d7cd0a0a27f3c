-- Each card keeps its first answer (time, right or not, what was given), written with each answer
-- (lib/server/study-sql.ts): the teachers' dashboards read first tries and on-time work from the
-- card, not one seek of the review logs per card. Filled from each card's earliest review log.
ALTER TABLE "Card" ADD COLUMN "firstReviewedAt" DATETIME;
ALTER TABLE "Card" ADD COLUMN "firstCorrect" BOOLEAN;
ALTER TABLE "Card" ADD COLUMN "firstAnswer" TEXT;

UPDATE "Card" SET ("firstReviewedAt", "firstCorrect", "firstAnswer") = (
  SELECT r."reviewedAt", COALESCE(r."correct", r."rating" > 1), r."answer" FROM "ReviewLog" r
  WHERE r."cardId" = "Card"."id" ORDER BY r."reviewedAt" ASC LIMIT 1);
