// Whether the client takes a gzip body; the pages served from memory keep a gzipped copy for those that do.
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  return /\bgzip\b/.test(acceptEncoding ?? '');
}
