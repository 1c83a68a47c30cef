import "server-only";
import { loadExplicitRules } from "../dictionary/completion-data.server";
import { getDictionary } from "../dictionary/store.server";
import { getContentSettings } from "../settings/content-settings.server";
import type { GlossContext } from "./gloss-tags";

/** The app's dictionary, explicit rules and the user's content setting, as glossing needs them. */
export async function loadGlossContext(): Promise<GlossContext> {
  const [dictionary, settings] = await Promise.all([getDictionary(), getContentSettings()]);
  return { dictionary, explicit: loadExplicitRules(), showExplicit: settings.showExplicit };
}
