// Imported first by main.tsx: zod would otherwise probe `new Function` (to speed up parsing) as
// soon as a schema is constructed at import time, which the strict CSP rightly forbids.
import { z } from 'zod';

z.config({ jitless: true });
