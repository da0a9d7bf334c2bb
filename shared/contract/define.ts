// How an API method is declared: a name, a zod input schema and an output type. Layer: shared.
import { z } from 'zod';

export interface MethodDef<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  /** What the method does, for developers (the UI shows its own Vietnamese texts). */
  doc: string;
  /** True for methods that change data; the HTTP bridge accepts them only as POST. */
  mutates: boolean;
}

export function query<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, doc: string): MethodDef<I, O> {
  return { input, output, doc, mutates: false };
}

export function command<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, doc: string): MethodDef<I, O> {
  return { input, output, doc, mutates: true };
}

/** An output described by its TypeScript type only: outputs come from our own core, inputs from outside. */
export const returns = <T>() => z.custom<T>(() => true);

export const noInput = z.object({}).strict();
