/**
 * The CDK side of the whole-project check: the same 100 machines as the aslc project
 * (project-plan.ts), each written as a TypeScript module with aws-cdk-lib's aws-stepfunctions
 * the way a CDK app defines a stack, for `tsc --noEmit` to check. Written under bench/ so that
 * aws-cdk-lib, a dependency of the benchmarks only, resolves.
 */
export function cdkSource(i: number): string {
  return `import { App, Duration, Stack } from "aws-cdk-lib";
import * as lambda from "aws-cdk-lib/aws-lambda";
import * as sfn from "aws-cdk-lib/aws-stepfunctions";
import * as tasks from "aws-cdk-lib/aws-stepfunctions-tasks";

export class Flow${i}Stack extends Stack {
  readonly machine: sfn.StateMachine;

  constructor(scope: App, id: string) {
    super(scope, id);
    const fn = (name: string) => lambda.Function.fromFunctionArn(this, name, \`arn:aws:lambda:us-east-1:123456789012:function:\${name}${i}\`);
    const score = new tasks.LambdaInvoke(this, "Score", { lambdaFunction: fn("ScoreFn"), resultSelector: { "score.$": "$.Payload.score" }, resultPath: "$.scoring" });
    const summarise = new sfn.Pass(this, "Summarise", { parameters: { "orderId.$": "$.orderId", "score.$": "$.scoring.score" }, resultPath: "$.summary" });
    const review = new tasks.LambdaInvoke(this, "Review", { lambdaFunction: fn("ReviewFn"), resultSelector: { "ok.$": "$.Payload.ok" }, resultPath: "$.review" });
    const approve = new sfn.Pass(this, "Approve", { result: sfn.Result.fromObject({ ok: true }), resultPath: "$.review" });
    const settle = new sfn.Wait(this, "Settle", { time: sfn.WaitTime.duration(Duration.seconds(5)) });
    const charge = new tasks.LambdaInvoke(this, "Charge", { lambdaFunction: fn("ChargeFn"), resultPath: "$.charge", retryOnServiceExceptions: false });
    charge.addRetry({ errors: ["States.TaskFailed"], interval: Duration.seconds(2), maxAttempts: 3, backoffRate: 2 });
    const charged = new sfn.Choice(this, "Charged?")
      .when(sfn.Condition.booleanEquals("$.charge.done", true), new sfn.Succeed(this, "Done"))
      .otherwise(new sfn.Fail(this, "Declined", { error: "Declined", cause: "The charge failed" }));
    settle.next(charge).next(charged);
    const risky = new sfn.Choice(this, "Risky?")
      .when(sfn.Condition.numberGreaterThan("$.scoring.score", 50), review.next(settle))
      .otherwise(approve.next(settle));
    this.machine = new sfn.StateMachine(this, "Machine", {
      definitionBody: sfn.DefinitionBody.fromChainable(score.next(summarise).next(risky)),
      comment: "benchmark workflow ${i}",
    });
  }
}
`;
}
