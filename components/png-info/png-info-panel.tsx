"use client";

import { useEffect, useState } from "react";
import { toComposerPrompts } from "@/lib/infotext/composer-prompts";
import { GENERATION_SOURCE_NAMES, type GenerationData } from "@/lib/infotext/generation-data";
import { ApiError, callApi, errorText } from "../api-client";
import { useLocale } from "../i18n/use-locale";
import { ImageTaggerSection } from "../image-tagger/image-tagger-section";
import { applyInfotextSettings } from "../preview-panel/infotext-settings";
import { pngInfoMessages } from "./png-info-messages";
import { PngInfoResult } from "./png-info-result";

const MAX_BYTES = 50 * 1024 * 1024;
const TOOLS = Object.values(GENERATION_SOURCE_NAMES).join(", ");
const button = "rounded-md border border-stone-300 px-2.5 py-1 text-xs hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800";

/** Drop or pick an image, or paste generation text, and get its prompt, negative and parameters back. */
export function PngInfoPanel() {
  const { locale, toggleLocale } = useLocale();
  const m = pngInfoMessages(locale);
  const [result, setResult] = useState<GenerationData | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [paste, setPaste] = useState("");
  const [busy, setBusy] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [image, setImage] = useState<string | null>(null);
  useEffect(() => () => void (image && URL.revokeObjectURL(image)), [image]);

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
    if (file.size > MAX_BYTES) return setError(new ApiError("The image is larger than 50 MB.", "图片超过 50 MB。"));
    setFile(file);
    setImage(URL.createObjectURL(file));
    void run(async () => {
      const response = await fetch("/api/pnginfo", { method: "POST", body: file, headers: { "content-type": "application/octet-stream" } });
      const body = await response.json();
      if (!response.ok) throw new ApiError(body.error?.message ?? "Failed", body.error?.messageZh ?? "读取失败");
      return body as GenerationData;
    });
  };
  const useInComposer = async () => {
    if (!result) return;
    const { prompt, negative } = toComposerPrompts(result);
    await applyInfotextSettings(result.params);
    localStorage.setItem("ps.prompt", JSON.stringify(prompt));
    localStorage.setItem("ps.negative", JSON.stringify(negative));
    window.location.href = "/";
  };

  return (
    <main className="mx-auto flex max-w-4xl flex-col gap-4 px-4 py-6">
      <header className="flex items-start justify-between gap-2">
        <div>
          <a href="/" className="text-xs text-indigo-600">{m.back}</a>
          <h1 className="text-xl font-bold">{m.title}</h1>
          <p className="text-xs text-stone-500">{m.intro(TOOLS)}</p>
        </div>
        <button type="button" className={`${button} shrink-0 whitespace-nowrap`} onClick={toggleLocale}>{m.language}</button>
      </header>
      <label
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => { e.preventDefault(); const f = e.dataTransfer.files[0]; if (f) readFile(f); }}
        className="flex cursor-pointer flex-col items-center justify-center rounded-xl border-2 border-dashed border-stone-300 p-8 text-sm text-stone-500 dark:border-stone-700">
        {m.drop}
        <input type="file" aria-label={m.imageFile} accept="image/png,image/jpeg,image/webp" className="hidden" onChange={(e) => e.target.files?.[0] && readFile(e.target.files[0])} />
      </label>
      <div className="flex flex-col gap-2">
        <textarea aria-label={m.generationData} value={paste} onChange={(e) => setPaste(e.target.value)} rows={4} placeholder="masterpiece, 1girl…&#10;Negative prompt: …&#10;Steps: 30, Sampler: DPM++ 2M Karras, …"
          className="rounded-lg border border-stone-300 bg-transparent p-2 font-mono text-sm dark:border-stone-700" />
        <button type="button" className={button} disabled={busy || !paste.trim()} onClick={() => { setImage(null); void run(() => callApi<GenerationData>("/api/infotext", { body: { text: paste } })); }}>
          {m.readPasted}
        </button>
      </div>
      {error ? <p role="alert" className="text-sm text-red-600">{errorText(error, locale)}</p> : null}
      {result ? <PngInfoResult result={result} image={image} onUse={() => void useInComposer()} m={m} /> : null}
      {file ? <ImageTaggerSection key={`${file.name}:${file.size}:${file.lastModified}`} file={file} locale={locale} /> : null}
    </main>
  );
}
