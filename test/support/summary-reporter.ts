/**
 * Prints one closing line, `tests: N passed, N failed`, so any tool reading the run's output
 * can count the tests without knowing vitest's own format. A test file that fails to load (an
 * import that throws, a syntax error) holds no tests but is a failure, and so is an error
 * outside any test: both count as failed, and are named. Skipped tests are named with their
 * reason, so a skip cannot pass unnoticed at the end of a long run.
 */
import type { Reporter, SerializedError, TestModule } from "vitest/node";

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[], unhandledErrors: readonly SerializedError[]): void {
    let passed = 0;
    let failed = 0;
    const skipped: string[] = [];
    const notes: string[] = [];
    for (const module of testModules) {
      if (module.errors().length > 0) {
        failed++;
        notes.push(`failed to load: ${module.relativeModuleId}: ${module.errors()[0]!.message}`);
      }
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped.push(`skipped: ${module.relativeModuleId} > ${test.fullName}`);
      }
    }
    for (const error of unhandledErrors) {
      failed++;
      notes.push(`error outside any test: ${error.message}`);
    }
    const lines = [...notes, ...skipped, `tests: ${passed} passed, ${failed} failed${skipped.length > 0 ? `, ${skipped.length} skipped` : ""}`];
    process.stdout.write(`\n${lines.join("\n")}\n`);
  }
}
