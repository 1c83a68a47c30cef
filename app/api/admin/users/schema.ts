import { z } from "zod";

const role = z.enum(["admin", "member"]);
const limit = z.number().int().min(0).max(100_000).nullable();

/** POST /api/admin/users: a new account. */
export const addUserSchema = z.object({
  email: z.string().min(3).max(320),
  name: z.string().max(100).optional(),
  role: role.default("member"),
  password: z.string().min(1).max(256),
});

/** PATCH /api/admin/users/<id>: what an admin changes (a password resets it and signs the user out). */
export const changeUserSchema = z.object({
  name: z.string().max(100).optional(),
  role: role.optional(),
  password: z.string().min(1).max(256).optional(),
  disabled: z.boolean().optional(),
  maxWaitingJobs: limit.optional(),
  imagesPerHour: limit.optional(),
});
