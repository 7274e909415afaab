/** The content root: `CONTENT_DIR` from the environment, `content` by default. */
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return env.CONTENT_DIR?.trim() || 'content';
}
