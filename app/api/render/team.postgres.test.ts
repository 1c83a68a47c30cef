import { afterAll, describe, expect, it } from "vitest";
import { fakeRenderBackend } from "@/tests/support/fake-render-backend";
import { useTestDatabase } from "@/tests/support/test-database";

// The render routes in team mode (PROMPT_STUDIO_TEAM=1 on PostgreSQL): this file runs in `npm test`'s PostgreSQL pass.
if (!process.env.TEST_POSTGRES_URL) throw new Error("a *.postgres.test.ts file runs in the PostgreSQL pass: set TEST_POSTGRES_URL");
const onPostgres = true;
const SECRET = "team-routes-secret-0123456789";
if (onPostgres) {
  useTestDatabase();
  Object.assign(process.env, { PROMPT_STUDIO_TEAM: "1", PROMPT_STUDIO_SECRET: SECRET });
}
const { getPrisma } = await import("@/lib/db/client.server");
const { startSession } = await import("@/lib/auth/session");
const { startRenderWorker } = await import("@/lib/render/team-queue/render-worker.server");
const { closeTeamDb, getTeamDb } = await import("@/lib/render/team-queue/team-db.server");
const { POST } = await import("./route");
const { DELETE, GET: STATUS } = await import("./[id]/route");
const { GET: EVENTS } = await import("./[id]/events/route");
const { GET: IMAGE } = await import("./[id]/images/[n]/route");

const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const at = (path: string, cookie: string, init: RequestInit = {}) =>
  new Request(`http://127.0.0.1:3000${path}`, { ...init, headers: { host: "127.0.0.1:3000", cookie, "content-type": "application/json", ...init.headers } });

async function signIn(email: string, change: { role?: string; maxWaitingJobs?: number } = {}): Promise<string> {
  const user = await getPrisma().user.create({ data: { id: crypto.randomUUID(), email, passwordHash: "-", ...change } });
  const response = new Response(null);
  await startSession(new Request("http://127.0.0.1/"), response, SECRET, false, { id: user.id, version: 0 });
  return response.headers.get("set-cookie")!.split(";")[0];
}

afterAll(async () => {
  await closeTeamDb();
  await getPrisma().$disconnect();
});

describe("/api/render in team mode", () => {
  it("queues for the signed-in user, streams and serves to them and admins only, and says busy at their limit", async () => {
    const ann = await signIn("ann@routes.test", { maxWaitingJobs: 1 });
    const bob = await signIn("bob@routes.test");
    const admin = await signIn("root@routes.test", { role: "admin" });
    const res = await POST(at("/api/render", ann, { method: "POST", body: JSON.stringify({ prompt: "a cat", steps: 2, seed: 4 }) }));
    expect(res.status).toBe(200);
    const { jobId, position } = await res.json();
    expect(position).toBe(1);
    const busy = await POST(at("/api/render", ann, { method: "POST", body: JSON.stringify({ prompt: "a dog", steps: 2 }) }));
    expect(busy.status).toBe(429);
    expect((await busy.json()).error).toMatchObject({ code: "busy", message: expect.stringMatching(/^Busy, position 2: you already have 1 renders waiting/) });

    const worker = startRenderWorker({ db: await getTeamDb(), name: "route-worker", backendFor: () => fakeRenderBackend(), timeoutMs: 10_000, staleMs: 30_000, pollMs: 100 });
    try {
      const stream = await (await EVENTS(at(`/api/render/${jobId}/events`, ann), ctx({ id: jobId }))).text();
      expect(stream).toContain(`event: done\ndata: {"type":"done","seed":4,"images":[{"index":0,"seed":4,"infotext":"a cat\\nSteps: 2, Seed: 4","url":"/api/render/${jobId}/images/0"}]}`);
    } finally {
      await worker.stop(0);
    }
    expect(await (await STATUS(at(`/api/render/${jobId}`, admin), ctx({ id: jobId }))).json()).toEqual({ status: "done", position: null, images: 1, worker: "route-worker" });
    expect((await IMAGE(at(`/api/render/${jobId}/images/0`, ann), ctx({ id: jobId, n: "0" }))).headers.get("content-type")).toBe("image/png");
    for (const res of [
      await STATUS(at(`/api/render/${jobId}`, bob), ctx({ id: jobId })),
      await EVENTS(at(`/api/render/${jobId}/events`, bob), ctx({ id: jobId })),
      await IMAGE(at(`/api/render/${jobId}/images/0`, bob), ctx({ id: jobId, n: "0" })),
      await DELETE(at(`/api/render/${jobId}`, bob, { method: "DELETE" }), ctx({ id: jobId })),
    ]) expect(res.status).toBe(404);
    expect((await POST(at("/api/render", "", { method: "POST", body: "{}" }))).status).toBe(401);
  });
});
