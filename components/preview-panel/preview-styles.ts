/** Tailwind classes shared by the preview panel's parts. */
export const buttonClass = "rounded-md border border-stone-300 px-2 py-1 text-xs hover:bg-stone-100 disabled:opacity-50 dark:border-stone-700 dark:hover:bg-stone-800";
export const primaryClass = "rounded-md border border-indigo-600 bg-indigo-600 px-3 py-1 text-xs text-white hover:bg-indigo-700 disabled:opacity-50";
export const inputClass = "w-full min-w-0 rounded-md border border-stone-300 bg-transparent px-1.5 py-1 text-xs dark:border-stone-700";
export const labelClass = "flex min-w-0 flex-col gap-0.5 text-xs";
