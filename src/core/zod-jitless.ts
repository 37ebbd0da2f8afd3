import { z } from 'zod'

// zod compiles a fast path for each object schema with `new Function`, and decides so when the schema is
// built. The gate parses one policy and a few API answers per run, so the compiled code never pays off, and
// no code is generated at run time at all (design §11: no eval). Each entry imports this module first, so it
// runs before any module builds a schema at load time.
z.config({ jitless: true })
