// Imported first by main.tsx: zod probes for eval (`new Function("")`) when it first parses an object
// schema, to compile a faster parser; the page's CSP (script-src 'self', no 'unsafe-eval') refuses it
// and Chromium reports a CSP violation. Jitless mode skips the probe, so no eval is ever attempted.
// Layer: renderer.
import { config } from 'zod';

config({ jitless: true });
