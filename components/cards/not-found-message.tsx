const TEXT = {
  card: { zh: "这张卡片不存在，或已被删除。", en: "This card does not exist or was deleted." },
  page: { zh: "没有这个页面。", en: "There is no such page." },
};
const link = "rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800";

/** A 404 in both languages (the server cannot know the one the browser chose) with links back to the cards and the composer. */
export function NotFoundMessage({ what }: { what: "card" | "page" }) {
  return (
    <main className="mx-auto flex max-w-xl flex-col items-center gap-4 px-4 py-16 text-center">
      <p className="text-5xl font-bold text-stone-300 dark:text-stone-700">404</p>
      <h1 className="text-xl font-bold">{TEXT[what].zh}</h1>
      <p className="text-stone-500" lang="en">{TEXT[what].en}</p>
      <nav className="flex flex-wrap justify-center gap-2">
        <a className={link} href="/cards">← 提示词卡片 · Cards</a>
        <a className={link} href="/">提示词工作室 · Prompt Studio</a>
      </nav>
    </main>
  );
}
