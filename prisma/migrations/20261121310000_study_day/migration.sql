-- The day's answers per student (lib/server/study-sql.ts), kept with each answer so that the day's
-- limits are read from one row. Nothing to fill in: a student with no row for today has their
-- logs of today counted instead (lib/server/study-queue.ts).
CREATE TABLE "StudyDay" (
    "userId" TEXT NOT NULL,
    "dayStart" DATETIME NOT NULL,
    "answers" INTEGER NOT NULL DEFAULT 0,
    "newCards" INTEGER NOT NULL DEFAULT 0,
    "reviews" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("userId", "dayStart"),
    CONSTRAINT "StudyDay_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
