import { describe, expect, it } from "vitest";
import { makePlan, makeVersion } from "../../support/trial-fixtures.js";
import {
  blockPlans,
  notCountedDates,
  parsePhaseLabel,
  phaseLabel,
  phaseOn,
  phaseSpans,
  timelineSchema,
  EMPTY_TIMELINE,
  type Timeline,
} from "../../../src/trial/phases/timeline.js";

// Block 1: 2025-03-03 .. 03-30 (4 weeks), baseline 02-24 .. 03-02.
const v1 = makeVersion(makePlan(), "2025-02-24", 1);
const v2 = makeVersion(makePlan({ minutesPerSession: 30 }), "2025-03-10", 2); // a mid-block edit
// Withdrawal 03-31 .. 04-13, then block 2 from 04-14, 3 wash-in days, 4 weeks.
const v3 = makeVersion(makePlan({ firstSession: "2025-04-14", sessionsPerWeek: 3 }), "2025-04-14", 3);
const timeline: Timeline = {
  blocks: [{ n: 2, fromVersion: 3, washInDays: 3 }],
  withdrawals: [{ afterBlock: 1, start: "2025-03-31", days: 14 }],
  followUp: { start: "2025-05-15" },
};

describe("the phase of a day", () => {
  it("a single block without a stored timeline: baseline, block 1, nothing after its end", () => {
    const spans = phaseSpans([v1], EMPTY_TIMELINE);
    expect(phaseLabel(phaseOn(spans, "2025-02-23"))).toBe("");
    expect(phaseLabel(phaseOn(spans, "2025-02-24"))).toBe("baseline");
    expect(phaseLabel(phaseOn(spans, "2025-03-03"))).toBe("block-1");
    expect(phaseLabel(phaseOn(spans, "2025-03-30"))).toBe("block-1");
    expect(phaseLabel(phaseOn(spans, "2025-03-31"))).toBe("");
  });

  it("paused days lengthen block 1, as they lengthen the block everywhere else", () => {
    const spans = phaseSpans([v1], EMPTY_TIMELINE, ["2025-03-10", "2025-03-11"]);
    expect(phaseLabel(phaseOn(spans, "2025-04-01"))).toBe("block-1");
    expect(phaseLabel(phaseOn(spans, "2025-04-02"))).toBe("");
  });

  it("keeps each block's plan: block 1 is its last version before block 2, block 2 its own", () => {
    const blocks = blockPlans([v3, v1, v2], timeline);
    expect(blocks.map((b) => [b.n, b.plan.minutesPerSession, b.plan.sessionsPerWeek, b.versions.map((v) => v.version)])).toEqual([
      [1, 30, 2, [1, 2]],
      [2, 45, 3, [3]],
    ]);
  });

  it("baseline, block 1, withdrawal, wash-in, block 2 (lengthened by its wash-in days), follow-up", () => {
    const spans = phaseSpans([v1, v2, v3], timeline);
    const at = (d: string) => phaseLabel(phaseOn(spans, d));
    expect(at("2025-03-01")).toBe("baseline");
    expect(at("2025-03-30")).toBe("block-1");
    expect(at("2025-03-31")).toBe("withdrawal");
    expect(at("2025-04-13")).toBe("withdrawal");
    expect(at("2025-04-14")).toBe("wash-in-2");
    expect(at("2025-04-16")).toBe("wash-in-2");
    expect(at("2025-04-17")).toBe("block-2");
    // 4 weeks from 04-14 end on 05-11; the 3 wash-in days are not counted, so the block runs to 05-14.
    expect(at("2025-05-14")).toBe("block-2");
    expect(at("2025-05-15")).toBe("follow-up");
    expect(at("2025-12-01")).toBe("follow-up");
    expect(notCountedDates([v1, v2, v3], timeline)).toEqual(["2025-04-14", "2025-04-15", "2025-04-16"]);
  });

  it("a block ends where a withdrawal starts early", () => {
    const early: Timeline = { ...EMPTY_TIMELINE, withdrawals: [{ afterBlock: 1, start: "2025-03-20", days: 14 }] };
    const spans = phaseSpans([v1], early);
    expect(phaseLabel(phaseOn(spans, "2025-03-19"))).toBe("block-1");
    expect(phaseLabel(phaseOn(spans, "2025-03-20"))).toBe("withdrawal");
    expect(phaseLabel(phaseOn(spans, "2025-04-03"))).toBe("");
  });

  it("labels read back to the same phase; unknown ones are refused", () => {
    for (const span of phaseSpans([v1, v2, v3], timeline)) {
      const back = parsePhaseLabel(phaseLabel(span));
      expect(back?.kind).toBe(span.kind);
      if (span.kind === "block" || span.kind === "wash_in") expect(back?.block).toBe(span.block);
    }
    expect(parsePhaseLabel("block")).toEqual({ kind: "block", block: 1 });
    expect(parsePhaseLabel("block-5")).toBeNull();
    expect(parsePhaseLabel("holiday")).toBeNull();
  });

  it("the stored shape is validated: at most 4 blocks, a wash-in of 0-14 days, real dates", () => {
    expect(timelineSchema.parse({})).toEqual(EMPTY_TIMELINE);
    expect(timelineSchema.safeParse({ blocks: [{ n: 5, fromVersion: 3, washInDays: 3 }] }).success).toBe(false);
    expect(timelineSchema.safeParse({ blocks: [{ n: 2, fromVersion: 3, washInDays: 15 }] }).success).toBe(false);
    expect(timelineSchema.safeParse({ withdrawals: [{ afterBlock: 1, start: "2025-02-30", days: 14 }] }).success).toBe(false);
    expect(timelineSchema.safeParse(timeline).success).toBe(true);
  });

  it("a later block exists only once a plan that moves the first session is saved for it", () => {
    const asked: Timeline = { ...EMPTY_TIMELINE, blocks: [{ n: 2, fromVersion: 3, washInDays: 3 }] };
    // Asked for, never confirmed: still one block, and no wash-in.
    expect(blockPlans([v1, v2], asked).map((b) => b.n)).toEqual([1]);
    expect(notCountedDates([v1, v2], asked)).toEqual([]);
    // An extension saved in between keeps the first session: it still belongs to block 1.
    const extended = makeVersion(makePlan({ minutesPerSession: 30, weeks: 5 }), "2025-03-31", 3);
    const block2 = makeVersion(makePlan({ firstSession: "2025-04-14", sessionsPerWeek: 3 }), "2025-04-14", 4);
    const blocks = blockPlans([v1, v2, extended, block2], asked);
    expect(blocks.map((b) => [b.n, b.plan.weeks, b.versions.map((v) => v.version)])).toEqual([
      [1, 5, [1, 2, 3]],
      [2, 4, [4]],
    ]);
    expect(phaseLabel(phaseOn(phaseSpans([v1, v2, extended, block2], asked), "2025-04-14"))).toBe("wash-in-2");
  });
});
