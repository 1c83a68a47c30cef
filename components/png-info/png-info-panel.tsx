"use client";

import { Fragment, useState } from "react";
import { toComposerPrompts } from "@/lib/infotext/composer-prompts";
import { GENERATION_SOURCE_NAMES, type GenerationData } from "@/lib/infotext/generation-data";
import { callApi, errorText } from "../api-client";
import { ImageTaggerSection } from "../image-tagger/image-tagger-section";

const MAX_BYTES = 50 * 1024 * 1024;
const TOOLS = Object.values(GENERATION_SOURCE_NAMES).join(", ");
const HIDDEN_IN = { alpha: "hidden in the alpha channel · 藏在透明通道中", rgb: "hidden in the RGB low bits · 藏在 RGB 低位中" };
const button = "rounded-md border border-stone-300 px-2.5 py-1 text-xs hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800";

/** Drop or pick an image, or paste generation text, and get its prompt, negative and parameters back. */
export function PngInfoPanel() {
  const [result, setResult] = useState<GenerationData | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [paste, setPaste] = useState("");
  const [busy, setBusy] = useState(false);
  const [file, setFile] = useState<File | null>(null);

  const run = async (work: () => Promise<GenerationData>) => {
    setBusy(true);
    setError(null);
    try {
      setResult(await work());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const readFile = (file: File) => {
    if (file.size > MAX_BYTES) return setError(new Error("The image is larger than 50 MB. / 图片超过 50 MB。"));
    setFile(file);
    void run(async () => {
      const response = await fetch("/api/pnginfo", { method: "POST", body: file, headers: { "content-type": "application/octet-stream" } });
      const body = await response.json();
      if (!response.ok) throw Object.assign(new Error(body.error?.message ?? "Failed"), { messageZh: body.error?.messageZh });
      return body as GenerationData;
    });
  };
  const useInComposer = () => {
    if (!result) return;
    const { prompt, negative } = toComposerPrompts(result);
    localStorage.setItem("ps.prompt", JSON.stringify(prompt));
    localStorage.setItem("ps.negative", JSON.stringify(negative));
    window.location.href = "/";
  };
  const params = result ? Object.entries(result.params).filter(([k]) => k !== "Prompt" && k !== "Negative prompt") : [];

  return (
    <main className="mx-auto flex max-w-4xl flex-col gap-4 px-4 py-6">
      <header>
        <a href="/" className="text-xs text-indigo-600">← Prompt Studio</a>
        <h1 className="text-xl font-bold">PNG Info · 图片信息</h1>
        <p className="text-xs text-stone-500">Images from {TOOLS}, stealth PNG info included; or paste generation data. · 支持以上工具生成的图片（含隐写的 PNG 信息），也可以粘贴生成参数。</p>
      </header>
      <label
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => { e.preventDefault(); const f = e.dataTransfer.files[0]; if (f) readFile(f); }}
        className="flex cursor-pointer flex-col items-center justify-center rounded-xl border-2 border-dashed border-stone-300 p-8 text-sm text-stone-500 dark:border-stone-700">
        Drop an image here or click to choose · 拖入图片或点击选择
        <input type="file" aria-label="Image file" accept="image/png,image/jpeg,image/webp" className="hidden" onChange={(e) => e.target.files?.[0] && readFile(e.target.files[0])} />
      </label>
      <div className="flex flex-col gap-2">
        <textarea aria-label="Generation data" value={paste} onChange={(e) => setPaste(e.target.value)} rows={4} placeholder="masterpiece, 1girl…&#10;Negative prompt: …&#10;Steps: 30, Sampler: DPM++ 2M Karras, …"
          className="rounded-lg border border-stone-300 bg-transparent p-2 font-mono text-sm dark:border-stone-700" />
        <button type="button" className={button} disabled={busy || !paste.trim()} onClick={() => run(() => callApi<GenerationData>("/api/infotext", { body: { text: paste } }))}>
          Read pasted text · 解析
        </button>
      </div>
      {error ? <p role="alert" className="text-sm text-red-600">{errorText(error, "en")} {(error as { messageZh?: string }).messageZh ?? ""}</p> : null}
      {result ? (
        <section aria-label="Result" className="flex flex-col gap-3 rounded-xl border border-stone-200 p-4 dark:border-stone-800">
          <p className="text-xs text-stone-500" data-testid="pnginfo-source">
            Source · 来源: {GENERATION_SOURCE_NAMES[result.source] ?? result.source}{result.hiddenIn ? ` (${HIDDEN_IN[result.hiddenIn]})` : ""}
          </p>
          <div><h2 className="text-sm font-semibold">Prompt</h2><p data-testid="pnginfo-prompt" className="font-mono text-sm break-words whitespace-pre-wrap">{result.prompt}</p></div>
          <div><h2 className="text-sm font-semibold">Negative prompt</h2><p data-testid="pnginfo-negative" className="font-mono text-sm break-words whitespace-pre-wrap">{result.negative}</p></div>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
            {params.map(([k, v]) => (<Fragment key={k}><dt className="text-stone-500">{k}</dt><dd className="break-all">{String(v)}</dd></Fragment>))}
          </dl>
          <button type="button" className={`${button} self-start`} onClick={useInComposer}>Use in composer · 在编辑器中使用</button>
        </section>
      ) : null}
      {file ? <ImageTaggerSection key={`${file.name}:${file.size}:${file.lastModified}`} file={file} /> : null}
    </main>
  );
}
