// `npm run bench [-- part …]`: the speed targets the issues name, measured on this machine. Never asserted in tests.
// Parts: tokenizer, cli, dictionary, lint, noise, pipeline, browser (all when none is named), and render — only when
// named: it writes ~9.5 GB of full-size random-weight models once and runs for about a quarter of an hour; and team —
// only when named: team mode's queue with worker processes on a PostgreSQL server (TEST_POSTGRES_URL), about two minutes.
import { benchBrowser } from "./browser.bench";
import { benchCli } from "./cli.bench";
import { benchDictionary } from "./dictionary.bench";
import { benchLint } from "./lint.bench";
import { benchNoise } from "./noise.bench";
import { benchPipeline } from "./pipeline.bench";
import { benchRenderReal } from "./render-real.bench";
import { benchTeamQueue } from "./team-queue.bench";
import { benchTokenizer } from "./tokenizer.bench";

const PARTS: Record<string, () => unknown> = {
  tokenizer: benchTokenizer, cli: benchCli, dictionary: benchDictionary, lint: benchLint, noise: benchNoise, pipeline: benchPipeline, browser: benchBrowser,
  render: benchRenderReal, team: benchTeamQueue,
};
const ONLY_WHEN_NAMED = new Set(["render", "team"]);
const asked = process.argv.slice(2).filter((a) => a !== "--");
const unknown = asked.filter((a) => !Object.hasOwn(PARTS, a));
if (unknown.length) throw new Error(`unknown bench part(s) ${unknown.join(", ")}; choose from ${Object.keys(PARTS).join(", ")}`);
for (const name of asked.length ? asked : Object.keys(PARTS).filter((p) => !ONLY_WHEN_NAMED.has(p))) await PARTS[name]();
