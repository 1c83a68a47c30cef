/** One colour per category, shared by suggestions and the dictionary (Tailwind classes, listed whole for the scanner). */
export const CATEGORY_DOT: Record<string, string> = {
  general: "bg-sky-500", character: "bg-emerald-500", franchise: "bg-fuchsia-500", quality: "bg-amber-500", style: "bg-violet-500",
  lighting: "bg-yellow-400", camera: "bg-cyan-600", subject: "bg-emerald-600", appearance: "bg-pink-500", clothing: "bg-rose-500",
  pose: "bg-orange-500", scene: "bg-lime-600", "color-effects": "bg-teal-500", negative: "bg-red-600", emoji: "bg-stone-400",
};
