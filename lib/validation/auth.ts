// Sign-up and sign-in inputs: the rules the forms state and the server enforces.
import { z } from "zod";
import { str } from "./common";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
export const PASSWORD_RULES = `At least ${PASSWORD_MIN} characters, with a letter and a digit.`;

/** Each rule on its own, as the sign-up form lists them up front and ticks them off while typing. */
export const PASSWORD_CHECKS: readonly { rule: string; message: string; pattern: RegExp }[] = [
  { rule: `At least ${PASSWORD_MIN} characters`, message: `Use at least ${PASSWORD_MIN} characters.`, pattern: new RegExp(`^[\\s\\S]{${PASSWORD_MIN},}$`) },
  { rule: "At least one letter", message: "Include at least one letter.", pattern: /[A-Za-z]/ },
  { rule: "At least one digit", message: "Include at least one digit.", pattern: /[0-9]/ },
];

const email = str("Your email address")
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address, like name@example.com."))
  .transform((s) => s.toLowerCase());

export const signUpSchema = z.object({
  name: str("Your name").trim().min(1, "Enter your name.").max(100, "Keep your name under 100 characters."),
  email,
  password: PASSWORD_CHECKS.reduce(
    (schema, check) => schema.regex(check.pattern, check.message),
    str("Your password").max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`),
  ),
});

export const signInSchema = z.object({
  email,
  password: str("Your password").min(1, "Enter your password.").max(PASSWORD_MAX, "That password is too long."),
});

export type SignUpInput = z.infer<typeof signUpSchema>;
export type SignInInput = z.infer<typeof signInSchema>;
