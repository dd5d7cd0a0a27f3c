import { z } from "zod";

// Messages are i18n keys (messages/*.json, namespace "validation").
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "emailRequired")
  .max(254, "emailTooLong")
  .pipe(z.email("emailInvalid"));

export const passwordSchema = z.string().min(8, "passwordTooShort").max(200, "passwordTooLong");

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "passwordRequired").max(200, "passwordTooLong"),
  callbackUrl: z.string().optional(),
});

export const signUpSchema = z
  .object({
    name: z.string().trim().min(1, "nameRequired").max(80, "nameTooLong"),
    email: emailSchema,
    password: passwordSchema,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { message: "passwordsDiffer", path: ["confirm"] });

export type SignUpInput = z.infer<typeof signUpSchema>;
