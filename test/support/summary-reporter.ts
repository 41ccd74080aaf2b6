/**
 * Prints one closing line, `tests: N passed, N failed`, so any tool reading the run's output
 * can count the tests without knowing vitest's own format. A test file that fails to load (an
 * import that throws, a syntax error) holds no tests but is a failure, and so is an error
 * outside any test: both count as failed, and are named. A test skipped with a note (one that
 * cannot run here) is named with it, so the skip does not pass unnoticed at the end of a long run.
 */
import type { Reporter, SerializedError, TestModule } from "vitest/node";

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[], unhandledErrors: readonly SerializedError[]): void {
    let passed = 0;
    let failed = 0;
    let skippedCount = 0;
    const skipped: string[] = [];
    const notes: string[] = [];
    for (const module of testModules) {
      if (module.errors().length > 0) {
        failed++;
        notes.push(`failed to load: ${module.relativeModuleId}: ${module.errors()[0]!.message}`);
      }
      for (const test of module.children.allTests()) {
        const result = test.result();
        if (result.state === "passed") passed++;
        else if (result.state === "failed") failed++;
        else {
          skippedCount++;
          // A skip with a note is a test that cannot run here; tests a filter left out have none.
          if (result.state === "skipped" && result.note) skipped.push(`skipped: ${module.relativeModuleId} > ${test.fullName}: ${result.note}`);
        }
      }
    }
    for (const error of unhandledErrors) {
      failed++;
      notes.push(`error outside any test: ${error.message}`);
    }
    const lines = [...notes, ...skipped, `tests: ${passed} passed, ${failed} failed${skippedCount > 0 ? `, ${skippedCount} skipped` : ""}`];
    process.stdout.write(`\n${lines.join("\n")}\n`);
  }
}
