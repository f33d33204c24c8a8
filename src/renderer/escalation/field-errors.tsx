// Validation errors from the contract's zod schemas, one per field, shown under that field: each issue's
// reason (validation-reason) in words (messages/reason-text).
import type { KeyboardEvent } from 'react';
import type { z } from 'zod';
import { issueReason } from '../../shared/validation-reason';
import { reasonText } from '../messages/reason-text';

export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '');
    out[key] ??= reasonText(issueReason(issue));
  }
  return out;
}

export function FieldError({ id, message, testId }: { id: string; message: string | undefined; testId: string }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error" role="alert" data-testid={testId}>
      {message}
    </p>
  );
}

/** Ctrl/⌘+Enter anywhere in a dialog's form submits it, as it sends in the composer. */
export function isSubmitChord(e: KeyboardEvent): boolean {
  return e.key === 'Enter' && (e.ctrlKey || e.metaKey);
}
