import "server-only";
import { getPrisma } from "../db/client.server";
import { AppError } from "../errors";
import type { PromptStyle } from "./styles";

/** Saved styles by name. */
export async function listStyles(): Promise<PromptStyle[]> {
  const rows = await getPrisma().style.findMany({ orderBy: { name: "asc" } });
  return rows.map((r) => ({ name: r.name, prompt: r.prompt, negative: r.negative }));
}

/** Saves (or replaces) a style. */
export async function saveStyle(style: PromptStyle): Promise<PromptStyle> {
  await getPrisma().style.upsert({ where: { name: style.name }, create: style, update: { prompt: style.prompt, negative: style.negative } });
  return style;
}

/** Imports styles from a parsed styles.csv in one transaction: all or nothing. */
export async function importStyles(styles: PromptStyle[]): Promise<number> {
  const prisma = getPrisma();
  await prisma.$transaction(styles.map((s) => prisma.style.upsert({ where: { name: s.name }, create: s, update: { prompt: s.prompt, negative: s.negative } })));
  return styles.length;
}

export async function deleteStyle(name: string): Promise<void> {
  const { count } = await getPrisma().style.deleteMany({ where: { name } });
  if (count === 0) throw new AppError("not_found", `There is no style "${name}".`, `没有名为“${name}”的样式。`);
}

/** Renames and/or rewrites a style; the new name must not belong to another style. */
export async function updateStyle(name: string, changes: Partial<PromptStyle>): Promise<PromptStyle> {
  const prisma = getPrisma();
  const newName = changes.name ?? name;
  if (newName !== name && (await prisma.style.findUnique({ where: { name: newName } }))) {
    throw new AppError("invalid_input", `There is already a style named "${newName}".`, `已有名为“${newName}”的样式。`);
  }
  const { count } = await prisma.style.updateMany({ where: { name }, data: { name: newName, prompt: changes.prompt, negative: changes.negative } });
  if (count === 0) throw new AppError("not_found", `There is no style "${name}".`, `没有名为“${name}”的样式。`);
  const row = await prisma.style.findUniqueOrThrow({ where: { name: newName } });
  return { name: row.name, prompt: row.prompt, negative: row.negative };
}
