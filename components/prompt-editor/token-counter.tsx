import type { Messages } from "../i18n/messages";
import type { TokenStatsState } from "./use-token-stats";

/** A1111's "N/75" badge, with the size of each chunk on hover and below 1 chunk nothing extra. */
export function TokenCounter({ state, t }: { state: TokenStatsState; t: Messages }) {
  if (state.status === "loading") return <span className="text-xs text-stone-400">{t.loadingTokenizer}</span>;
  if (state.status === "error") return <span role="alert" className="text-xs text-red-600">{t.tokenizerFailed}</span>;
  const { count, max, chunkSizes } = state.stats;
  const over = max > 75;
  return (
    <div className="flex items-center gap-2 text-xs">
      {over && (
        <span className="hidden text-stone-500 sm:inline" title={chunkSizes.map((n, i) => `${t.chunk} ${i + 1}: ${n}`).join("\n")}>
          {t.chunkSummary(chunkSizes.length)}
        </span>
      )}
      <span
        data-testid="token-count"
        aria-label={`${count}/${max} ${t.tokens}`}
        className={`rounded-md px-2 py-0.5 font-mono tabular-nums ${over ? "bg-amber-100 text-amber-800 dark:bg-amber-900/50 dark:text-amber-300" : "bg-stone-100 text-stone-700 dark:bg-stone-800 dark:text-stone-300"}`}
      >
        {count}/{max}
      </span>
    </div>
  );
}
