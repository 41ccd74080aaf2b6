/**
 * Temporary projects for one test file (or one describe block): each made with the same label and
 * base files, and every one removed after the tests that made them.
 */
import { afterAll } from "vitest";
import { tempProject, type TempProject } from "./temp-project.ts";

export function tempProjects(label: string, base: Record<string, string> = {}): (files?: Record<string, string>) => TempProject {
  const made: TempProject[] = [];
  afterAll(() => made.forEach((project) => project.remove()));
  return (files = {}) => {
    const project = tempProject({ ...base, ...files }, label);
    made.push(project);
    return project;
  };
}
