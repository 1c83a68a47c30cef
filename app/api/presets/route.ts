import { NEGATIVE_PRESETS } from "@/lib/dictionary/negative-presets";
import { deleteUserPreset, listUserPresets, saveUserPreset } from "@/lib/dictionary/user-presets.server";
import { jsonRoute } from "@/lib/http/json-route";
import { z } from "zod";
import { deletePresetSchema, savePresetSchema } from "./schema";

/** GET /api/presets → {builtin, user}: negative prompt presets. */
export const GET = jsonRoute(z.object({}), async () => ({ builtin: NEGATIVE_PRESETS, user: await listUserPresets() }), { from: "query" });

/** POST /api/presets {name, tags} → the saved preset. */
export const POST = jsonRoute(savePresetSchema, ({ name, tags }) => saveUserPreset(name, tags));

/** DELETE /api/presets?id=user-N. */
export const DELETE = jsonRoute(deletePresetSchema, async ({ id }) => {
  await deleteUserPreset(id);
  return { deleted: id };
}, { from: "query" });
