import type { ChainableCommander } from "ioredis";
import type { Keys, UserId } from "./keys.js";

/** Users with a value set aside by this process since their last update here (rarely any). */
const setAsideHere = new Set<string>();

/**
 * Queues on `multi` what keeping an unreadable value aside takes: the raw value on the user's
 * `corrupt` list, and the flag every update reads (so the user hears about it after their next
 * update, on whichever instance it lands).
 */
export function setAside(multi: ChainableCommander, k: Keys, userId: UserId, item: Record<string, unknown>): ChainableCommander {
  setAsideHere.add(String(userId));
  return multi.rpush(k.corrupt(userId), JSON.stringify(item)).set(k.corruptUntold(userId), "1");
}

/**
 * True once after this process set something of the user's aside: the update that found it
 * reads the flag before the value was found unreadable, so it learns of it here.
 */
export function takeSetAsideHere(userId: UserId): boolean {
  return setAsideHere.delete(String(userId));
}
