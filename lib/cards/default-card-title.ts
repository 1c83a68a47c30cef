import { stripExtraNetworks } from "../prompt/extra-networks";
import { readTags } from "../prompt/tag-list";

// Tags (as readTags keys: lower case, "_" read as a space) that open many prompts but say nothing about the picture.
const BOILERPLATE = new RegExp(
  "^(?:masterpiece|best quality|(?:high|higher|highest|amazing|great|good|normal|top) quality|quality|very aesthetic|aesthetic|absurdres|" +
    "(?:high|ultra|extremely|very|highly) ?-?(?:res|detailed)|highres|incredibly absurdres|detailed|intricate(?: details)?|" +
    "(?:\\d+k|hd|hdr|uhd|raw photo)(?: wallpaper)?|official art|sharp focus|newest|recent|year \\d{4}|" +
    "score \\d(?: up)?|source \\w+|rating[ :]\\w+|safe|sfw|nsfw)$",
);

/**
 * A card title from a prompt: its first three tags that say what the picture shows (quality boilerplate, weights and
 * networks left out), or `fallback` when there are none.
 * @example defaultCardTitle("masterpiece, best quality, (1girl:1.2), red scarf, snowy street, night") // "1girl, red scarf, snowy street"
 */
export function defaultCardTitle(prompt: string, fallback = ""): string {
  const words = readTags(stripExtraNetworks(prompt).text.replace(/\bBREAK\b/g, ","))
    .map((tag) => tag.key)
    .filter((key) => key && !BOILERPLATE.test(key));
  const title = words.slice(0, 3).join(", ");
  return (title.length > 60 ? `${title.slice(0, 59).trimEnd()}…` : title) || fallback;
}
