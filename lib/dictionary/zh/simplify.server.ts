import { Converter } from "opencc-js/t2cn";
import type { ToSimplified } from "./normalize";

let converter: ToSimplified | null = null;

/** OpenCC's traditional (Taiwan and Hong Kong usage included) → mainland simplified conversion. */
export function getToSimplified(): ToSimplified {
  converter ??= Converter({ from: "tw", to: "cn" });
  return converter;
}
