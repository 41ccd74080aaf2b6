/**
 * The reader on the definitions the sources find: a SAM template in YAML, where sites are the
 * template's lines and a short-form intrinsic (`!GetAtt`) reads as a placeholder.
 */
import { expect, it } from "vitest";
import type { TaskNode } from "@aslc/dsl";
import { readWorkflow } from "@aslc/compiler/internal";
import { definitionSourcesIn } from "../../packages/compiler/src/read/sources/index.ts";

const TEMPLATE = `Transform: AWS::Serverless-2016-10-31
Resources:
  Orders:
    Type: AWS::Serverless::StateMachine
    Properties:
      Definition:
        StartAt: Charge
        States:
          Charge:
            Type: Task
            Resource: !GetAtt ChargeFunction.Arn
            Nxt: Done
            End: true
`;

it("reads a SAM template's definition at the template's lines, its intrinsic as a placeholder", () => {
  const file = "/project/template.yaml";
  const found = definitionSourcesIn(file, TEMPLATE);
  expect(found.diagnostics).toEqual([]);
  const { workflow, diagnostics, intrinsics } = readWorkflow(found.sources[0]!);
  expect(diagnostics.map((d) => [d.code, d.site, d.message])).toEqual([["ASLC410", { file, line: 12, column: 13 }, "state 'Charge': Task state has no field 'Nxt': did you mean 'Next'?"]]);
  expect(workflow!.name).toBe("Orders");
  expect(workflow!.states[0]).toMatchObject({ name: "Charge", resource: "${ChargeFunction.Arn}", site: { file, line: 9, column: 11 } } satisfies Partial<TaskNode>);
  expect(intrinsics).toEqual({ "ChargeFunction.Arn": { "Fn::GetAtt": ["ChargeFunction", "Arn"] } });
});

it("reads every intrinsic inside a template's payload templates as a placeholder, Ref too", () => {
  const file = "/project/template.yaml";
  const template = `Transform: AWS::Serverless-2016-10-31
Resources:
  Notify:
    Type: AWS::Serverless::StateMachine
    Properties:
      Definition:
        StartAt: Publish
        States:
          Publish:
            Type: Task
            Resource: arn:aws:states:::sns:publish
            Parameters:
              TopicArn: !Ref Topic
              Message.$: $.text
            End: true
`;
  const { workflow, diagnostics, intrinsics } = readWorkflow(definitionSourcesIn(file, template).sources[0]!);
  expect(diagnostics).toEqual([]);
  expect((workflow!.states[0] as TaskNode).parameters).toEqual({ TopicArn: "${Topic}", "Message.$": "$.text" });
  expect(intrinsics).toEqual({ Topic: { Ref: "Topic" } });
});
