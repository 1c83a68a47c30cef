import type * as ort from "onnxruntime-node";
import { describe, expect, it } from "vitest";
import { AppError } from "../../../errors";
import { createChunkEncoder, createUnetCall } from "./onnx-runs.server";
import type { LoadedModel } from "./open-model.server";
import type { StepContext } from "./step-context";

// A session that records its feeds and answers each output with the first input's data plus the call number.
function fakeSession(outputName: string, calls: Array<Record<string, ort.Tensor>>) {
  return {
    run: async (feeds: Record<string, ort.Tensor>) => {
      calls.push(feeds);
      const first = Object.values(feeds)[0];
      const data = Float32Array.from(first.data as ArrayLike<number | bigint>, (v) => Number(v) + calls.length);
      return { [outputName]: { data } };
    },
  };
}

const io = (name: string, type: string, shape: Array<number | string>) => ({ name, type, shape });

function fakeModel(unetShape: Array<number | string>, idsShape: Array<number | string>, calls: Array<Record<string, ort.Tensor>>): LoadedModel {
  return {
    sessions: { unet: fakeSession("out_sample", calls), textEncoder: fakeSession("last_hidden_state", calls) },
    io: {
      unet: { sample: io("sample", "float32", unetShape), timestep: io("timestep", "int64", ["batch"]), context: io("encoder_hidden_states", "float32", ["b", "s", 1]), out: io("out_sample", "float32", unetShape) },
      textEncoder: { ids: io("input_ids", "int64", idsShape), hidden: io("last_hidden_state", "float32", ["b", 77, 1]) },
    },
  } as unknown as LoadedModel;
}

const context = (batch: number): StepContext => ({ data: new Float32Array(batch * 77), tokens: 77, hidden: 1, batch, parts: 1, withUncond: batch > 1 });

describe("ONNX runs", () => {
  it("feeds the UNet what it declares: int64 timesteps, one call per row for a batch-1 export", async () => {
    const calls: Array<Record<string, ort.Tensor>> = [];
    const unet = createUnetCall(fakeModel([1, 4, "h", "w"], ["b", "s"], calls), 1, 1, undefined);
    const out = await unet(Float32Array.of(1, 2, 3, 4, 5, 6, 7, 8), 499.6, context(2));
    expect(calls).toHaveLength(2);
    expect(calls[0].timestep.data).toEqual(BigInt64Array.of(500n));
    expect(calls[1].sample.dims).toEqual([1, 4, 1, 1]);
    expect(Array.from(out)).toEqual([2, 3, 4, 5, 7, 8, 9, 10]);
  });

  it("explains a UNet exported for one size only", () => {
    const calls: Array<Record<string, ort.Tensor>> = [];
    expect(() => createUnetCall(fakeModel(["b", 4, 64, 64], ["b", "s"], calls), 32, 32)).toThrow(AppError);
    expect(() => createUnetCall(fakeModel(["b", 4, 64, 64], ["b", "s"], calls), 32, 32)).toThrow("This model's UNet was exported for 512x512 only.");
  });

  it("encodes chunks as int64 ids, one at a time for a batch-1 text encoder", async () => {
    const calls: Array<Record<string, ort.Tensor>> = [];
    const encode = createChunkEncoder(fakeModel(["b", 4, "h", "w"], [1, 77], calls));
    const out = await encode([Array(77).fill(1), Array(77).fill(2)]);
    expect(calls.map((c) => c.input_ids.dims)).toEqual([[1, 77], [1, 77]]);
    expect(calls[0].input_ids.type).toBe("int64");
    expect([out[0][0], out[1][0]]).toEqual([2, 4]);
  });
});
