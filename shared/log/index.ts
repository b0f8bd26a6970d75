/** Where core code reports what it is doing; every host (GitHub, the CLI, a test) provides one. */
export interface Logger {
  info(message: string): void
  warning(message: string): void
  /** A collapsible section in GitHub's log; indented text elsewhere. */
  group<T>(title: string, body: () => Promise<T>): Promise<T>
}
