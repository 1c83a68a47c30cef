import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The layering the house style promises: app → components → lib, lib free of React, Next and process.env (but
// lib/env.ts), components free of server modules, and no import cycles inside lib.
const root = process.cwd();

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" || e.name === "fixtures" ? [] : sources(rel);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?[^;]*?from\s+["']([^"']+)["']|^\s*import\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/gm;

function importsOf(file: string): Array<{ spec: string; typeOnly: boolean; resolved: string | null }> {
  const text = fs.readFileSync(path.join(root, file), "utf8");
  return [...text.matchAll(IMPORT)].map((m) => {
    const spec = m[3] ?? m[4] ?? m[5];
    let resolved: string | null = null;
    if (spec.startsWith(".")) resolved = path.normalize(path.join(path.dirname(file), spec));
    else if (spec.startsWith("@/")) resolved = spec.slice(2);
    return { spec, typeOnly: !!m[2], resolved };
  });
}

describe("architecture", () => {
  const lib = sources("lib");
  const components = sources("components");

  it("keeps lib free of React, Next, the UI and the environment", () => {
    const bad = lib.flatMap((file) => importsOf(file)
      .filter(({ spec, resolved }) => /^(react|react-dom|next)(\/|$)/.test(spec) || /^(components|app)\//.test(resolved ?? ""))
      .map(({ spec }) => `${file} → ${spec}`));
    expect(bad).toEqual([]);
    const env = lib.filter((f) => f !== path.join("lib", "env.ts") && fs.readFileSync(path.join(root, f), "utf8").includes("process.env"));
    expect(env).toEqual([]);
  });

  // The picture renderers (card images, image-text labels) run on the server only, for next/og.
  it("keeps components away from app/ and from server-only modules", () => {
    const bad = components.flatMap((file) => importsOf(file)
      .filter(({ resolved, typeOnly }) => /^app\//.test(resolved ?? "") || (!typeOnly && /\.server$/.test(resolved ?? "") && !/render-card-image|image-text/.test(file)))
      .map(({ spec }) => `${file} → ${spec}`));
    expect(bad).toEqual([]);
  });

  it("builds the tokenizer on the grammar, never the grammar on the tokenizer or the analysis", () => {
    const bad = lib.filter((f) => f.startsWith(path.join("lib", "prompt") + path.sep)).flatMap((file) => importsOf(file)
      .filter(({ resolved }) => /^lib\/(tokenizer|analysis)\//.test(resolved ?? ""))
      .map(({ spec }) => `${file} → ${spec}`));
    expect(bad).toEqual([]);
    const upward = lib.filter((f) => f.startsWith(path.join("lib", "tokenizer") + path.sep)).flatMap((file) => importsOf(file)
      .filter(({ resolved }) => /^lib\/analysis\//.test(resolved ?? ""))
      .map(({ spec }) => `${file} → ${spec}`));
    expect(upward).toEqual([]);
  });

  // The diffusion math (schedules, samplers, noise) knows nothing of models, renders or the database; the built-in
  // pipeline that uses it is a render backend (lib/render/backends/onnx) beside the A1111 and ComfyUI ones.
  it("keeps lib/diffusion pure math, with no imports from the rest of lib", () => {
    const diffusion = path.join("lib", "diffusion") + path.sep;
    const bad = lib.filter((f) => f.startsWith(diffusion)).flatMap((file) => importsOf(file)
      .filter(({ resolved }) => resolved !== null && resolved.startsWith("lib") && !resolved.startsWith(diffusion))
      .map(({ spec }) => `${file} → ${spec}`));
    expect(bad).toEqual([]);
    expect(fs.existsSync(path.join(root, "lib", "diffusion", "pipeline"))).toBe(false);
  });

  it("has no import cycles inside lib", () => {
    const key = (p: string) => p.replace(/\.(ts|tsx)$/, "").replace(/\/index$/, "");
    const graph = new Map(lib.map((f) => [key(f), importsOf(f).filter((i) => !i.typeOnly && i.resolved?.startsWith("lib")).map((i) => key(i.resolved!))]));
    const cycles: string[] = [];
    const state = new Map<string, "visiting" | "done">();
    const visit = (node: string, trail: string[]) => {
      if (state.get(node) === "done") return;
      if (state.get(node) === "visiting") {
        cycles.push([...trail.slice(trail.indexOf(node)), node].join(" → "));
        return;
      }
      state.set(node, "visiting");
      for (const next of graph.get(node) ?? []) visit(next, [...trail, node]);
      state.set(node, "done");
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });
});
