import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user.server";
import { NEGATIVE_PRESETS } from "@/lib/dictionary/negative-presets";
import { deleteUserPreset, listUserPresets, saveUserPreset } from "@/lib/dictionary/user-presets.server";
import { jsonRoute } from "@/lib/http/json-route";
import { deletePresetSchema, savePresetSchema } from "./schema";

const owner = async (request: Request) => (await requireUser(request))?.id;

/** GET /api/presets → {builtin, user}: negative prompt presets (team mode: the user's own). */
export const GET = jsonRoute(z.object({}), async (_, request) => ({ builtin: NEGATIVE_PRESETS, user: await listUserPresets(await owner(request)) }), { from: "query" });

/** POST /api/presets {name, tags} → the saved preset. */
export const POST = jsonRoute(savePresetSchema, async ({ name, tags }, request) => saveUserPreset(name, tags, await owner(request)));

/** DELETE /api/presets?id=user-N. */
export const DELETE = jsonRoute(deletePresetSchema, async ({ id }, request) => {
  await deleteUserPreset(id, await owner(request));
  return { deleted: id };
}, { from: "query" });
