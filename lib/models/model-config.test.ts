import { describe, expect, it } from "vitest";
import { camelizeKeys, detectModelKind, parseModelConfigs } from "./model-config";

describe("model configs", () => {
  it("camelCases snake_case keys once, recursively, dropping diffusers' leading underscores", () => {
    expect(camelizeKeys({ _class_name: "PNDMScheduler", beta_start: 0.00085, nested: [{ num_train_timesteps: 1000 }] })).toEqual({
      className: "PNDMScheduler",
      betaStart: 0.00085,
      nested: [{ numTrainTimesteps: 1000 }],
    });
  });

  it("reads the scheduler and index configs, with SD defaults for what is left out", () => {
    const { config, problems } = parseModelConfigs({
      modelIndex: { _class_name: "OnnxStableDiffusionPipeline", _name_or_path: "stabilityai/sd-turbo" },
      scheduler: { _class_name: "EulerDiscreteScheduler", prediction_type: "v_prediction", timestep_spacing: "trailing" },
      textEncoder: { hidden_size: 1024 },
    });
    expect(problems).toEqual([]);
    expect(config).toEqual({
      nameOrPath: "stabilityai/sd-turbo",
      pipelineClass: "OnnxStableDiffusionPipeline",
      hiddenSize: 1024,
      scheduler: { className: "EulerDiscreteScheduler", betaStart: 0.00085, betaEnd: 0.012, betaSchedule: "scaled_linear", numTrainTimesteps: 1000, predictionType: "v_prediction", timestepSpacing: "trailing" },
    });
  });

  it("names the file and key of a bad config value", () => {
    const { problems } = parseModelConfigs({ scheduler: { prediction_type: "sample", beta_start: "x" } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^scheduler\/scheduler_config\.json: .*betaStart.*predictionType/);
  });

  it.each([
    [768, ["runwayml/stable-diffusion-v1-5"], "sd1"],
    [1024, ["stabilityai/stable-diffusion-2-1"], "sd2"],
    [1024, [null, "sd-turbo-onnx"], "turbo"],
    [32, ["promptstudio/tiny-sd"], "custom"],
  ] as const)("hidden %i with names %j is %s", (hidden, names, kind) => {
    expect(detectModelKind(hidden, names)).toBe(kind);
  });
});
