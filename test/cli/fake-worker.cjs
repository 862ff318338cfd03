// A stand-in check worker for test/cli/jobs.test.ts: real piscina threads, answers chosen by the
// message's name so the tests can make one slow, make one throw, or make its thread die.
const { workerData } = require("node:worker_threads");

async function checkOne(task) {
  const text = new TextDecoder().decode(task.bytes);
  if (task.name.includes("exit")) process.exit(3);
  if (task.name.includes("throw")) throw new Error("the parser failed");
  const delay = Number(/slow(\d+)/.exec(`${task.name} ${text}`)?.[1] ?? 0);
  await new Promise((resolve) => setTimeout(resolve, delay));
  return { file: task.name, error: `worker saw ${text.length} bytes with policy ${typeof workerData.policy}` };
}

// Batches, as the real worker takes them (src/cli/check-worker.ts).
module.exports = async (tasks) => Promise.all(tasks.map(checkOne));
