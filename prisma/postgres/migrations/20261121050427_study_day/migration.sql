-- The day's answers per student (lib/server/study-sql.ts), kept with each answer so that the day's
-- limits are read from one row. Nothing to fill in: a student with no row for today has their
-- logs of today counted instead (lib/server/study-queue.ts).
-- CreateTable
CREATE TABLE "StudyDay" (
    "userId" TEXT NOT NULL,
    "dayStart" TIMESTAMP(3) NOT NULL,
    "answers" INTEGER NOT NULL DEFAULT 0,
    "newCards" INTEGER NOT NULL DEFAULT 0,
    "reviews" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StudyDay_pkey" PRIMARY KEY ("userId","dayStart")
);

-- AddForeignKey
ALTER TABLE "StudyDay" ADD CONSTRAINT "StudyDay_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

