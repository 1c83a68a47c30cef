/**
 * Who is asking, for ownership checks. In team mode a signed-in user (or nobody, for a shared link); in the
 * single-user default the browser's random owner id (its ps_owner cookie), never an admin.
 */
export interface Viewer {
  id: string | null;
  admin: boolean;
  team: boolean;
}

/** Who may open a card or style: anyone with the link, signed-in team members, or its owner (and admins) only. */
export type Visibility = "link" | "team" | "private";

export const VISIBILITIES: readonly Visibility[] = ["link", "team", "private"];

/** Nobody signed in (a visitor following a shared link, or a process with no browser). */
export const ANONYMOUS: Viewer = { id: null, admin: false, team: false };

/**
 * Whether the viewer may change or delete a thing owned by `ownerId`: its owner or an admin. Things saved before
 * owners existed (null) stay open to the single user, as they were; in team mode they are the admins'.
 * @example mayChange({ id: "u1", admin: false, team: true }, "u2") // false
 */
export function mayChange(viewer: Viewer, ownerId: string | null): boolean {
  if (viewer.admin) return true;
  return ownerId === null ? !viewer.team : ownerId === viewer.id;
}

/** Whether the viewer may see a thing: in the single-user default everything; in team mode by its visibility. */
export function maySee(viewer: Viewer, thing: { ownerId: string | null; visibility: string }): boolean {
  if (!viewer.team || thing.visibility === "link" || mayChange(viewer, thing.ownerId)) return true;
  return thing.visibility !== "private" && viewer.id !== null;
}
