import type { z } from 'zod';

/** Thrown by `toGraph` and `toGexf` when their input does not match the schema; `issues` says where and why. */
export class GraphInputError extends Error {
  override readonly name = 'GraphInputError';
  readonly issues: readonly z.core.$ZodIssue[];

  constructor(message: string, issues: readonly z.core.$ZodIssue[]) {
    super(message);
    this.issues = issues;
  }
}
