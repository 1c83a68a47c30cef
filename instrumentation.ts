// Runs once when the server starts: loads the dictionary (syncing it into the database) and the CLIP vocabulary
// so the first user request does not pay for them.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ getDictionary }, { getClipTokenizer }] = await Promise.all([import("./lib/dictionary/store.server"), import("./lib/tokenizer/load.server")]);
  getClipTokenizer();
  await getDictionary().catch((error: unknown) => console.error("[start] the dictionary could not be loaded:", error));
}
