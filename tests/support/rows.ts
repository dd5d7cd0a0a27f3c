/** Minimal rows for integration tests that need a learner's history without going through the app. */

/** A review log of a new card answered Good, ready for `db.reviewLog.create({ data })`. */
export const reviewLogRow = (userId: string, cardId: string, questionId: string, idempotencyKey: string) => ({
  userId,
  cardId,
  questionId,
  idempotencyKey,
  rating: 3,
  state: 0,
  due: new Date(),
  stability: 0,
  difficulty: 0,
  elapsedDays: 0,
  lastElapsedDays: 0,
  scheduledDays: 0,
  learningSteps: 0,
  after: "{}",
  reviewedAt: new Date(),
});
