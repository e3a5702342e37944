import { z } from "zod";

/**
 * One pack/unpack pair per button kind: `kind:field1:field2`, validated with zod on the way in,
 * so a forged or outdated payload is simply "not ours" instead of a crash.
 */
export function defineCallback<S extends z.ZodRawShape>(kind: string, shape: S) {
  const fields = Object.keys(shape);
  const schema = z.object(shape);
  const filter = new RegExp(`^${kind}(:|$)`);
  return {
    kind,
    filter,
    pack(data: z.input<typeof schema>): string {
      const values = fields.map((f) => String((data as Record<string, unknown>)[f] ?? ""));
      const packed = [kind, ...values].join(":");
      if (Buffer.byteLength(packed) > 64) throw new Error(`callback_data too long for ${kind}`);
      return packed;
    },
    unpack(raw: string | undefined): z.output<typeof schema> | null {
      if (!raw || !filter.test(raw)) return null;
      const parts = raw.split(":").slice(1);
      if (parts.length < fields.length) return null;
      // The last field may itself contain ":" (a time, say).
      parts.splice(fields.length - 1, parts.length, parts.slice(fields.length - 1).join(":"));
      const obj = Object.fromEntries(fields.map((f, i) => [f, parts[i]]));
      const parsed = schema.safeParse(obj);
      return parsed.success ? parsed.data : null;
    },
  };
}
