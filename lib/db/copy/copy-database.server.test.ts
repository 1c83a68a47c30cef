import { afterAll, describe, expect, it } from "vitest";
import { createSqliteTestDatabase, useTestDatabase } from "@/tests/support/test-database";
import { redactUrl } from "../database-url";
import { openDatabase } from "../open-database.server";
import { copyDatabase } from "./copy-database.server";

// From a personal SQLite file into the test run's database: SQLite, or PostgreSQL when TEST_POSTGRES_URL is set.
const source = `file:${createSqliteTestDatabase()}`;
useTestDatabase();
const target = process.env.DATABASE_URL!;
const from = openDatabase(source);
const to = openDatabase(target);
afterAll(() => Promise.all([from.$disconnect(), to.$disconnect()]));

async function fillSource() {
  await from.card.create({ data: { slug: "abc123", title: "雨夜 city", prompt: "(rain:1.2), night", negative: "lowres", params: '{"Steps":20}', tags: '["城市"]', image: Buffer.from([137, 80, 78, 71]), ownerId: "browser-id" } });
  await from.style.create({ data: { name: "Film", prompt: "{prompt}, film grain", negative: "" } });
  const first = await from.historyEntry.create({ data: { prompt: "a cat", negative: "", createdAt: new Date("2026-12-01T10:00:00Z") } });
  const second = await from.historyEntry.create({ data: { prompt: "a cat, smiling", negative: "", parentId: first.id, createdAt: new Date("2026-12-01T10:05:00Z"), source: "render" } });
  await from.historyRender.create({ data: { versionId: second.id, seed: 4294967295n, infotext: "a cat, smiling\nSteps: 20, Seed: 4294967295", url: "" } });
  await from.userPreset.create({ data: { name: "我的负面", tags: '["lowres","bad hands"]' } });
  await from.tagEntry.create({ data: { key: "my oc", tag: "my oc", zh: "我的角色", category: "subject", sub: "character", source: "user", favorite: true } });
  await from.appState.create({ data: { key: "content-settings", value: '{"showExplicit":false}' } });
  await from.llmSettings.create({ data: { id: 1, baseUrl: "http://127.0.0.1:11434/v1", model: "qwen2.5", apiKey: "sk-local", apiKeyBaseUrl: "http://127.0.0.1:11434/v1" } });
}

describe("db copy", () => {
  it("moves everything a user made, verified by counts and checksums", async () => {
    await fillSource();
    const report = await copyDatabase(source, target);
    expect(report.verified).toBe(true);
    const counts = Object.fromEntries(report.tables.map((t) => [t.table, [t.source, t.written]]));
    expect(counts).toEqual({ settings: [2, 2], "dictionary edits and favourites": [1, 1], styles: [1, 1], cards: [1, 1], history: [2, 2], "negative presets": [1, 1], models: [0, 0] });
    const card = await to.card.findUnique({ where: { slug: "abc123" } });
    expect(card).toMatchObject({ title: "雨夜 city", ownerId: null });
    expect([...card!.image!]).toEqual([137, 80, 78, 71]);
    const versions = await to.historyEntry.findMany({ orderBy: { createdAt: "asc" }, include: { renders: true } });
    expect(versions[1].parentId).toBe(versions[0].id);
    expect(versions[1].renders[0].seed).toBe(4294967295n);
    // A password in either URL is never echoed (the PostgreSQL pass's target has one).
    expect(report.to).toBe(redactUrl(target));
    const password = target.startsWith("file:") ? "" : new URL(target).password;
    if (password) expect(report.to).not.toContain(`:${password}@`);
  });

  it("can run again without duplicating anything", async () => {
    const again = await copyDatabase(source, target);
    expect(again.verified).toBe(true);
    expect(again.tables.every((t) => t.written === 0 && t.alreadyThere === t.source)).toBe(true);
    expect(await to.historyEntry.count()).toBe(2);
    expect(await to.card.count()).toBe(1);
  });

  it("gives the personal things to a team member with --owner, and refuses an unknown one", async () => {
    await expect(copyDatabase(source, target, { ownerEmail: "nobody@studio.example" })).rejects.toThrow(/No account nobody@studio.example/);
    const ann = await to.user.create({ data: { id: "ann-id", email: "ann@studio.example", passwordHash: "x", role: "admin" } });
    const report = await copyDatabase(source, target, { ownerEmail: "Ann@Studio.Example" });
    expect(report.verified).toBe(true);
    expect(await to.historyEntry.count({ where: { userId: ann.id } })).toBe(2);
    expect(await to.favorite.findMany({ select: { userId: true, key: true } })).toEqual([{ userId: ann.id, key: "my oc" }]);
    expect(await to.userPreset.count({ where: { userId: ann.id } })).toBe(1);
  });

  it("runs from the command line as `promptstudio db copy` with a JSON report", async () => {
    const { execFile } = await import("node:child_process");
    const { promisify } = await import("node:util");
    const { stdout } = await promisify(execFile)(process.execPath, ["bin/promptstudio.mjs", "db", "copy", "--from", source, "--to", target, "--json"]);
    const report = JSON.parse(stdout) as { verified: boolean; tables: Array<{ written: number }> };
    expect(report.verified).toBe(true);
    expect(report.tables.every((t) => t.written === 0)).toBe(true);
  }, 60_000);

  it("refuses the same database on both sides and an unknown scheme", async () => {
    await expect(copyDatabase(source, source)).rejects.toThrow(/same database/);
    await expect(copyDatabase(source, "mysql://root:pw@db/x")).rejects.toThrow(/must start with file:/);
  });
});
