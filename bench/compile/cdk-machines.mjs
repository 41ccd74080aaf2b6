// The CDK side of the emission benchmark, run as plain Node in a fresh process: loads
// aws-cdk-lib, builds the same 100 machines as the aslc project with aws-stepfunctions, renders
// each definition, and prints the milliseconds since the process started, module loading included.
import { createRequire } from "node:module";

const WORKFLOWS = Number(process.argv[2]);
/** "graph": render each definition from its state graph; "synth": define a StateMachine and synthesize the app, as CDK apps produce their definitions. */
const MODE = process.argv[3] ?? "graph";

const require = createRequire(import.meta.url);
const cdk = require("aws-cdk-lib");
const sfn = require("aws-cdk-lib/aws-stepfunctions");
const tasks = require("aws-cdk-lib/aws-stepfunctions-tasks");
const lambda = require("aws-cdk-lib/aws-lambda");

let bytes = 0;
const app = new cdk.App();
for (let i = 0; i < WORKFLOWS; i++) {
  const stack = new cdk.Stack(app, `Flow${i}`);
  const fn = (name) => lambda.Function.fromFunctionArn(stack, name, `arn:aws:lambda:us-east-1:123456789012:function:${name}${i}`);
  const score = new tasks.LambdaInvoke(stack, "Score", { lambdaFunction: fn("ScoreFn"), resultSelector: { "score.$": "$.Payload.score" }, resultPath: "$.scoring" });
  const summarise = new sfn.Pass(stack, "Summarise", { parameters: { "orderId.$": "$.orderId", "score.$": "$.scoring.score" }, resultPath: "$.summary" });
  const review = new tasks.LambdaInvoke(stack, "Review", { lambdaFunction: fn("ReviewFn"), resultSelector: { "ok.$": "$.Payload.ok" }, resultPath: "$.review" });
  const approve = new sfn.Pass(stack, "Approve", { result: sfn.Result.fromObject({ ok: true }), resultPath: "$.review" });
  const settle = new sfn.Wait(stack, "Settle", { time: sfn.WaitTime.duration(cdk.Duration.seconds(5)) });
  const charge = new tasks.LambdaInvoke(stack, "Charge", { lambdaFunction: fn("ChargeFn"), resultPath: "$.charge", retryOnServiceExceptions: false });
  charge.addRetry({ errors: ["States.TaskFailed"], interval: cdk.Duration.seconds(2), maxAttempts: 3, backoffRate: 2 });
  const charged = new sfn.Choice(stack, "Charged?")
    .when(sfn.Condition.booleanEquals("$.charge.done", true), new sfn.Succeed(stack, "Done"))
    .otherwise(new sfn.Fail(stack, "Declined", { error: "Declined", cause: "The charge failed" }));
  settle.next(charge).next(charged);
  const risky = new sfn.Choice(stack, "Risky?").when(sfn.Condition.numberGreaterThan("$.scoring.score", 50), review.next(settle)).otherwise(approve.next(settle));
  const chain = score.next(summarise).next(risky);
  if (MODE === "synth") {
    new sfn.StateMachine(stack, "Machine", { definitionBody: sfn.DefinitionBody.fromChainable(chain) });
  } else {
    bytes += JSON.stringify(new sfn.StateGraph(chain.startState, `Flow${i}`).toGraphJson(), null, 2).length;
  }
}
if (MODE === "synth") {
  const assembly = app.synth();
  for (const stack of assembly.stacks) bytes += JSON.stringify(stack.template).length;
}
process.stdout.write(JSON.stringify({ ms: performance.now(), bytes }));
