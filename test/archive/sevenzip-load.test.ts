/**
 * How many 7-Zip instances a session pays for: each one fetches and compiles the 1.6 MB .wasm
 * and holds its own memory, so a spare is loaded only after a crash has been seen.
 */
import { loadSevenZip } from "../../src/archive/sevenzip-load";

const created = jest.fn();
jest.mock("7z-wasm", () => {
  const actual = jest.requireActual<{ default: (options: object) => Promise<unknown> }>("7z-wasm");
  return {
    __esModule: true,
    default: (options: object) => {
      created();
      return actual.default(options);
    },
  };
});

it("loads one instance, and no spare, until an archive crashes it", async () => {
  const runner = await loadSevenZip();
  await runner.ready();
  expect(created).toHaveBeenCalledTimes(1);
  expect(runner.run(["i"], () => true).code).toBe(0);
  await runner.ready();
  expect(created).toHaveBeenCalledTimes(1);
});
