import "server-only";
import { ANONYMOUS, mayChange, maySee, type Viewer } from "../auth/viewer";
import { getPrisma } from "../db/client.server";
import { AppError } from "../errors";
import type { PromptStyle } from "./styles";

/** A style as the app lists it: in team mode with whether the viewer may change it and who may see it. */
export type ListedStyle = PromptStyle & { mine?: boolean; visibility?: "team" | "private" };

const missing = (name: string) => new AppError("not_found", `There is no style "${name}".`, `没有名为“${name}”的样式。`);
const notYours = (name: string) => new AppError("forbidden", `The style "${name}" belongs to another member: only they or a team admin can change it.`,
  `样式“${name}”属于其他成员：只有其主人或团队管理员可以修改。`);

/** Saved styles by name (team mode: the team's and the viewer's own private ones). */
export async function listStyles(viewer: Viewer = ANONYMOUS): Promise<ListedStyle[]> {
  const where = viewer.team && !viewer.admin ? { OR: [{ visibility: { not: "private" } }, ...(viewer.id ? [{ ownerId: viewer.id }] : [])] } : {};
  const rows = await getPrisma().style.findMany({ where, orderBy: { name: "asc" } });
  return rows.map((r) => ({
    name: r.name, prompt: r.prompt, negative: r.negative,
    ...(viewer.team ? { mine: mayChange(viewer, r.ownerId), visibility: r.visibility === "private" ? "private" as const : "team" as const } : {}),
  }));
}

// A style name is the team's: one that exists must be the viewer's to replace.
async function requireChangeable(name: string, viewer: Viewer, mustExist: boolean) {
  const row = await getPrisma().style.findUnique({ where: { name }, select: { ownerId: true, visibility: true } });
  if (!row || !maySee(viewer, row)) {
    if (mustExist || row) throw missing(name);
    return null;
  }
  if (!mayChange(viewer, row.ownerId)) throw notYours(name);
  return row;
}

/** Saves (or replaces) a style; a new one is the viewer's (team mode), seen by the team unless made private. */
export async function saveStyle(style: PromptStyle & { visibility?: "team" | "private" }, viewer: Viewer = ANONYMOUS): Promise<PromptStyle> {
  await requireChangeable(style.name, viewer, false);
  const { visibility, ...fields } = style;
  await getPrisma().style.upsert({
    where: { name: style.name },
    create: { ...fields, ownerId: viewer.team ? viewer.id : null, ...(visibility ? { visibility } : {}) },
    update: { prompt: style.prompt, negative: style.negative, ...(visibility ? { visibility } : {}) },
  });
  return fields;
}

/** Imports styles from a parsed styles.csv in one transaction: all or nothing (none may replace another member's). */
export async function importStyles(styles: PromptStyle[], viewer: Viewer = ANONYMOUS): Promise<number> {
  const prisma = getPrisma();
  if (viewer.team && !viewer.admin) {
    // Each style it would replace must be the viewer's to change (built-in ones, without an owner, are the admins').
    const existing = await prisma.style.findMany({ where: { name: { in: styles.map((s) => s.name) } }, select: { name: true, ownerId: true } });
    const taken = existing.find((row) => !mayChange(viewer, row.ownerId));
    if (taken) throw notYours(taken.name);
  }
  const ownerId = viewer.team ? viewer.id : null;
  await prisma.$transaction(styles.map((s) => prisma.style.upsert({ where: { name: s.name }, create: { ...s, ownerId }, update: { prompt: s.prompt, negative: s.negative } })));
  return styles.length;
}

/** Deletes a style (team mode: its owner or an admin). */
export async function deleteStyle(name: string, viewer: Viewer = ANONYMOUS): Promise<void> {
  await requireChangeable(name, viewer, true);
  const { count } = await getPrisma().style.deleteMany({ where: { name } });
  if (count === 0) throw missing(name);
}

/** Renames and/or rewrites a style; the new name must not belong to another style. */
export async function updateStyle(name: string, changes: Partial<PromptStyle> & { visibility?: "team" | "private" }, viewer: Viewer = ANONYMOUS): Promise<PromptStyle> {
  await requireChangeable(name, viewer, true);
  const prisma = getPrisma();
  const newName = changes.name ?? name;
  if (newName !== name && (await prisma.style.findUnique({ where: { name: newName } }))) {
    throw new AppError("invalid_input", `There is already a style named "${newName}".`, `已有名为“${newName}”的样式。`);
  }
  const { count } = await prisma.style.updateMany({ where: { name }, data: { name: newName, prompt: changes.prompt, negative: changes.negative, visibility: changes.visibility } });
  if (count === 0) throw missing(name);
  const row = await prisma.style.findUniqueOrThrow({ where: { name: newName } });
  return { name: row.name, prompt: row.prompt, negative: row.negative };
}
