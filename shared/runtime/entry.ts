/** The body of every entry file (action, CLI, demo): runs `main`. Threads start from worker.ts. */
export function startEntry(main: () => Promise<unknown>): void {
  void main()
}
