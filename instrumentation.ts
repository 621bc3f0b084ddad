// Next.js calls onRequestError for every error its server catches (pages, route handlers, actions,
// proxy): one line in the server log with the reference the error screen shows.
import type { Instrumentation } from "next";
import { describeRequestError } from "@/lib/server/request-errors";

export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  console.error(describeRequestError(error, request, context));
};
