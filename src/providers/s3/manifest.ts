// Amazon S3: known to the API, implements nothing yet (every operation answers 501).
import type { ProviderManifest } from '../manifest.js';

export const manifest = { id: 'S3', slug: 's3', name: 'Amazon S3', resourceKinds: [] } as const satisfies ProviderManifest;
