// Child process of session-options-table.ts: opens one UNet with the session options given and times passes on
// random inputs, so each variation's peak RSS is its own. Prints one JSON line.
// node bench/unet-pass-worker.mjs <model.onnx> <options JSON> <passes> <batch> <text width> <timestep type> [preallocate]
import * as ort from "onnxruntime-node";

const [file, optionsJson, passesArg, batchArg, widthArg, timestepType, preallocate] = process.argv.slice(2);
const [passes, batch, width] = [Number(passesArg), Number(batchArg), Number(widthArg)];
const random = (n) => Float32Array.from({ length: n }, () => Math.random() * 2 - 1);
const feeds = () => ({
  sample: new ort.Tensor("float32", random(batch * 4 * 64 * 64), [batch, 4, 64, 64]),
  timestep: timestepType === "int64" ? new ort.Tensor("int64", new BigInt64Array(batch).fill(999n), [batch]) : new ort.Tensor("float32", new Float32Array(batch).fill(999), [batch]),
  encoder_hidden_states: new ort.Tensor("float32", random(batch * 77 * width), [batch, 77, width]),
});
const started = performance.now();
const session = await ort.InferenceSession.create(file, JSON.parse(optionsJson));
const loadSeconds = (performance.now() - started) / 1000;
const runs = [];
for (let i = 0; i < passes; i++) {
  const [t, c] = [performance.now(), process.cpuUsage()];
  const inputs = feeds();
  // onnxruntime-node's only output binding on the CPU: a tensor given in `fetches` is written in place.
  const output = preallocate === "preallocate" ? { out_sample: new ort.Tensor("float32", new Float32Array(inputs.sample.size), inputs.sample.dims) } : undefined;
  await session.run(inputs, output);
  const used = process.cpuUsage(c);
  runs.push({ wall: (performance.now() - t) / 1000, cpu: (used.user + used.system) / 1e6 });
}
process.stdout.write(`${JSON.stringify({ loadSeconds, runs, peakRss: process.resourceUsage().maxRSS * 1024 })}\n`);
