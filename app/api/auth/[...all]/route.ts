// better-auth's HTTP endpoints (the app's own forms go through server actions instead).
import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/server/auth";

export const { GET, POST } = toNextJsHandler(auth);
