import { describe, expect, it } from "vitest";
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from "ts-fsrs";
import {
  newCardState,
  parseCardState,
  previewDue,
  scheduleReview,
  serialiseCardState,
  type CardState,
  type RatingValue,
} from "./fsrs";
import { ratingForAnswer, SLOW_THRESHOLD_MS } from "./rating";

/** A deterministic pseudo-random sequence, so a failing history can be replayed. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Step {
  rating: RatingValue;
  at: Date;
}

/** A history of answers: each at or after the card's due date (sometimes early, sometimes late). */
function history(seed: number, length: number): Step[] {
  const rand = lcg(seed);
  const steps: Step[] = [];
  let at = new Date("2026-03-01T08:00:00Z");
  for (let i = 0; i < length; i++) {
    const r = rand();
    const rating = (r < 0.15 ? 1 : r < 0.3 ? 2 : r < 0.85 ? 3 : 4) as RatingValue;
    steps.push({ rating, at });
    // next answer between a few minutes and ~40 days later
    const minutes = rand() < 0.3 ? 1 + Math.floor(rand() * 30) : Math.floor(rand() * 40 * 24 * 60);
    at = new Date(at.getTime() + minutes * 60_000);
  }
  return steps;
}

/** What the database round trip does to a card: dates through ISO strings and JSON. */
const throughStorage = (c: CardState): CardState => parseCardState(serialiseCardState(c))!;

describe("scheduleReview replays a history exactly as ts-fsrs does", () => {
  for (const retention of [0.9, 0.8, 0.97]) {
    it(`gives ts-fsrs's cards and logs for 40 random histories at retention ${retention}`, () => {
      const direct = fsrs({ request_retention: retention, enable_fuzz: false });
      for (let seed = 1; seed <= 40; seed++) {
        const steps = history(seed * 7919 + Math.round(retention * 100), 25);
        let ours = newCardState(steps[0].at);
        let theirs: Card = createEmptyCard(steps[0].at);
        for (const step of steps) {
          const a = scheduleReview(ours, step.rating, step.at, { desiredRetention: retention });
          const b = direct.next(theirs, step.at, step.rating as Grade);
          expect(a.card.due.getTime()).toBe(b.card.due.getTime());
          expect(a.card.stability).toBe(b.card.stability);
          expect(a.card.difficulty).toBe(b.card.difficulty);
          expect(a.card.state).toBe(b.card.state);
          expect(a.card.reps).toBe(b.card.reps);
          expect(a.card.lapses).toBe(b.card.lapses);
          expect(a.card.scheduledDays).toBe(b.card.scheduled_days);
          expect(a.card.learningSteps).toBe(b.card.learning_steps);
          expect(a.log.state).toBe(b.log.state);
          expect(a.log.rating).toBe(b.log.rating);
          expect(a.log.stability).toBe(b.log.stability);
          expect(a.log.reviewedAt.getTime()).toBe(b.log.review.getTime());
          ours = throughStorage(a.card);
          theirs = b.card;
        }
      }
    });
  }

  it("uses the learner's retention: a higher retention gives shorter intervals", () => {
    const now = new Date("2026-03-01T08:00:00Z");
    let low = newCardState(now);
    let high = newCardState(now);
    let t = now;
    for (let i = 0; i < 4; i++) {
      low = scheduleReview(low, 3, t, { desiredRetention: 0.8 }).card;
      high = scheduleReview(high, 3, t, { desiredRetention: 0.95 }).card;
      t = new Date(Math.max(low.due.getTime(), high.due.getTime()));
    }
    expect(high.scheduledDays).toBeLessThan(low.scheduledDays);
  });

  it("previews the four ratings in increasing order, Again first", () => {
    const now = new Date("2026-03-01T08:00:00Z");
    const d = previewDue(newCardState(now), now, { desiredRetention: 0.9 });
    expect(d[1].getTime()).toBeLessThan(d[3].getTime());
    expect(d[3].getTime()).toBeLessThan(d[4].getTime());
    const direct = fsrs({ enable_fuzz: false }).repeat(createEmptyCard(now), now);
    expect(d[4].getTime()).toBe(direct[Rating.Easy].card.due.getTime());
  });
});

describe("ratingForAnswer", () => {
  it("maps wrong to Again, whatever the learner says", () => {
    expect(ratingForAnswer({ type: "mcq", correct: false, durationMs: 1000 })).toBe(1);
    expect(ratingForAnswer({ type: "mcq", correct: false, durationMs: 1000, override: "easy" })).toBe(1);
    expect(ratingForAnswer({ type: "mcq", correct: false, durationMs: 1000, override: "guessed" })).toBe(1);
  });
  it("maps right to Good, and right but slow to Hard", () => {
    expect(ratingForAnswer({ type: "mcq", correct: true, durationMs: 5_000 })).toBe(3);
    expect(ratingForAnswer({ type: "mcq", correct: true, durationMs: SLOW_THRESHOLD_MS.mcq + 1 })).toBe(2);
    expect(ratingForAnswer({ type: "ordering", correct: true, durationMs: SLOW_THRESHOLD_MS.mcq + 1 })).toBe(3);
  });
  it("lets the learner say they guessed or found it too easy", () => {
    expect(ratingForAnswer({ type: "mcq", correct: true, durationMs: 2_000, override: "guessed" })).toBe(2);
    expect(ratingForAnswer({ type: "true_false", correct: true, durationMs: 2_000, override: "guessed" })).toBe(1);
    expect(ratingForAnswer({ type: "cloze", correct: true, durationMs: 90_000, override: "easy" })).toBe(4);
  });
});
