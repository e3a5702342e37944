import type { ChatUser } from "../../src/local/chat-user.js";

/** A new plan, detail by detail, up to the time question (then the zone: plain "en" names no country). */
export async function newPlanUpToTime(u: ChatUser) {
  await u.send("/start");
  await u.tap(/18\+/);
  for (let i = 0; i < 3; i++) await u.tap("No");
  await u.tap("Neck");
  await u.tap("Done ✓");
  await u.tap("✏️ Change details");
  await u.tap("Less pain");
  await u.tap("30");
  await u.tap("1");
  await u.tap("No fixed days");
  await u.tap("4");
  await u.tap("Light");
  await u.tap("None");
  await u.tap("Skip");
  await u.tap("Skip");
  await u.tap("0-10");
  await u.tap("Head-turn range before pain stops you (0-10)");
}
