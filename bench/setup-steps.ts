/** The plan setup as a user goes through it in English, every detail (buttons and typed answers), 12 weeks. */
import type { ChatUser } from "../src/local/chat-user.js";

export type SetupStep = { tap: string | RegExp } | { send: string };

export const SETUP_STEPS: SetupStep[] = [
  { send: "/plan" },
  { tap: "No" },
  { tap: "No" },
  { tap: "No" },
  { tap: "Low back" },
  { tap: "Neck" },
  { tap: "Done ✓" },
  { tap: "✏️ Change details" },
  { tap: "Less pain" },
  { tap: "45" },
  { tap: "2" },
  { tap: "Tue" },
  { tap: "Fri" },
  { tap: "Done ✓" },
  { send: "12" },
  { tap: "Moderate" },
  { tap: "Exercise programme" },
  { tap: "Done ✓" },
  { tap: "Support it" },
  { tap: "EUR" },
  { send: "65" },
  { tap: "Skip" },
  { tap: "Skip" },
  { tap: "0-10" },
  { tap: "Minutes walked before having to stop" },
  { tap: "20:00" },
  { send: "Europe/Berlin" },
  { send: "2027-01-12" },
  { tap: "✓ Looks right" },
];

export async function runStep(u: ChatUser, step: SetupStep): Promise<void> {
  if ("tap" in step) await u.tap(step.tap);
  else await u.send(step.send);
}

/** Consent, then the whole setup: first session Tue 2027-01-12, 12 weeks, 20:00 Europe/Berlin. */
export async function setUpPlan(u: ChatUser): Promise<void> {
  await u.send("/start");
  await u.tap(/18\+/);
  for (const step of SETUP_STEPS) await runStep(u, step);
  const text = u.replyText();
  if (!/Your plan is saved/.test(text)) throw new Error(`plan setup did not finish: ${text.slice(-300)}`);
}
