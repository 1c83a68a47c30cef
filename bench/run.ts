// `npm run bench`: the speed targets the issues name, measured on this machine. Never asserted in tests.
import { benchBrowser } from "./browser.bench";
import { benchDictionary } from "./dictionary.bench";
import { benchNoise } from "./noise.bench";
import { benchPipeline } from "./pipeline.bench";
import { benchTokenizer } from "./tokenizer.bench";

await benchTokenizer();
benchDictionary();
await benchNoise();
await benchPipeline();
await benchBrowser();
