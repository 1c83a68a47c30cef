import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/test-database";

useTestDatabase();
const styles = await import("./route");
const send = (method: string, body: unknown) => new Request("http://x/api/styles", { method, body: JSON.stringify(body) });
const names = async () => (await (await styles.GET(new Request("http://x/api/styles"))).json()).styles.map((s: { name: string }) => s.name);

describe("styles API: save, rename, edit, delete", () => {
  it("renames and edits a style, refuses a taken name or a missing style, and deletes", async () => {
    await styles.POST(send("POST", { name: "Glow", prompt: "soft glow" }));
    await styles.POST(send("POST", { name: "Film", prompt: "{prompt}, film grain", negative: "blurry" }));

    const renamed = await styles.PATCH(send("PATCH", { name: "Glow", changes: { name: "Soft glow", prompt: "soft glow, bloom" } }));
    expect(await renamed.json()).toEqual({ name: "Soft glow", prompt: "soft glow, bloom", negative: "" });
    expect(await names()).toEqual(["Film", "Soft glow"]);

    const taken = await styles.PATCH(send("PATCH", { name: "Soft glow", changes: { name: "Film" } }));
    expect(taken.status).toBe(400);
    expect((await taken.json()).error.messageZh).toContain("已有名为“Film”的样式");
    expect((await styles.PATCH(send("PATCH", { name: "Gone", changes: { prompt: "x" } }))).status).toBe(404);

    expect((await styles.DELETE(new Request("http://x/api/styles?name=Soft%20glow", { method: "DELETE" }))).status).toBe(200);
    expect(await names()).toEqual(["Film"]);
  });
});
