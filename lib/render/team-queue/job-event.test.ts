import { describe, expect, it } from "vitest";
import { eventKey, snapshotEvent, type JobSnapshot } from "./job-event";

const job = (change: Partial<JobSnapshot>): JobSnapshot => ({
  status: "queued", step: 0, steps: 20, image: 0, images: 1, etaSeconds: null, error: null, seed: null, queuedAhead: 0, outputs: [], ...change,
});

describe("a job row as render events", () => {
  const cases: Array<[Partial<JobSnapshot>, unknown]> = [
    [{ queuedAhead: 2 }, { type: "queued", position: 3 }],
    [{ status: "running" }, { type: "queued", position: 0 }],
    [{ status: "running", step: 5, image: 1, etaSeconds: 1.5, preview: "data:image/png;base64,AA==" },
      { type: "progress", step: 5, steps: 20, image: 1, images: 1, etaSeconds: 1.5, preview: "data:image/png;base64,AA==" }],
    [{ status: "running", step: 5, image: 1 }, { type: "progress", step: 5, steps: 20, image: 1, images: 1, etaSeconds: null }],
    [{ status: "done", seed: 7, outputs: [{ index: 0, seed: 7, infotext: "a cat" }] }, { type: "done", seed: 7, images: [{ index: 0, seed: 7, infotext: "a cat" }] }],
    [{ status: "failed", error: '{"code":"model_unavailable","message":"No model.","messageZh":"没有模型。"}' },
      { type: "error", error: { code: "model_unavailable", message: "No model.", messageZh: "没有模型。" } }],
    [{ status: "failed", error: "garbled" }, { type: "error", error: { code: "render_failed", message: "The render failed.", messageZh: "渲染失败。" } }],
    [{ status: "cancelled" }, { type: "error", error: { code: "cancelled", message: "The render was cancelled.", messageZh: "渲染已取消。" } }],
  ];
  it.each(cases)("%o → %o", (row, event) => {
    expect(snapshotEvent(job(row))).toEqual(event);
  });

  it("tells events apart by what a follower shows, not by the preview", () => {
    const progress = (step: number, preview?: string) => snapshotEvent(job({ status: "running", step, image: 1, preview }));
    expect(eventKey(progress(3, "a"))).toBe(eventKey(progress(3, "b")));
    expect(eventKey(progress(3))).not.toBe(eventKey(progress(4)));
    expect(eventKey(snapshotEvent(job({ queuedAhead: 1 })))).toBe("queued 2");
    expect(eventKey({ type: "progress", step: 3, steps: 20, image: 1, images: 1, etaSeconds: 4 })).toBe("progress 3/20 1/1");
  });
});
