/**
 * Warning signs typed at an open check-in question, instead of the number asked for or beside it,
 * get the safety reply — never "I could not read that".
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../../support/harness.js";
import { dailyJob, tickAt, userWithPlan } from "../../../support/checkin.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const NOT_READ = /could not read that|Please send a number/;

async function prompted(id: number) {
  const { u } = await userWithPlan(h, id);
  await tickAt(h, dailyJob(h), "2027-01-04T19:00:00Z");
  expect(u.replyText()).toContain("Check-in for");
  return u;
}

describe("warning signs typed at a check-in question", () => {
  it("thoughts of self-harm typed with the numbers get the crisis reply, and nothing is read as a score", async () => {
    const u = await prompted(7101);
    await u.send("6 20 I want to die");
    const text = u.replies().map((m) => m.text ?? "").join("\n");
    expect(text).toContain("thank you for telling me");
    expect(text).not.toMatch(NOT_READ);
    expect((await h.deps.stores.safety.list(7101)).map((e) => e.group)).toEqual(["urgent"]);
    expect(await h.deps.stores.entries.get(7101, "2027-01-04")).toBeNull();
  });

  it("a fall typed at the pain question gets the urgent reply and pauses the trial", async () => {
    const u = await prompted(7102);
    await u.send("I fell down the stairs this morning, pain is 8");
    const text = u.replies().map((m) => m.text ?? "").join("\n");
    expect(text).toContain("Please seek medical care now");
    expect(text).not.toMatch(NOT_READ);
    expect(await h.deps.stores.safety.isSafetyPaused(7102)).toBe(true);
  });

  it("worsening weakness typed at the marker question gets the urgent reply, not 'send a number'", async () => {
    const u = await prompted(7103);
    await u.tap("4");
    expect(u.replyText()).toMatch(/walk|min/i);
    await u.send("my left leg is getting weaker");
    const text = u.replies().map((m) => m.text ?? "").join("\n");
    expect(text).toContain("Please seek medical care now");
    expect(text).not.toMatch(NOT_READ);
    // The pain already given stays saved.
    expect(await h.deps.stores.entries.get(7103, "2027-01-04")).toMatchObject({ pain: 4 });
  });

  it("plain numbers and plain junk are answered as before", async () => {
    const u = await prompted(7104);
    await u.send("banana");
    expect(u.replyText()).toContain("I could not read that");
    await u.send("6 20");
    expect(u.replies().map((m) => m.text ?? "").join("\n")).toContain("Saved");
    expect(await h.deps.stores.safety.list(7104)).toEqual([]);
  });
});
