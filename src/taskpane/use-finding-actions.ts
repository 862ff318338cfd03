/**
 * What the user does to a finding: ignore it, or apply one of its fixes. Both last only as long
 * as the message they were about: once its fingerprint changes, what was ignored shows again and
 * a failed fix's message goes (a fix still running keeps its spinner).
 */
import * as React from "react";
import type { Edit, Finding } from "../engine/rule";
import type { PaneHost } from "../ports/host";
import { findingKey, type FixState } from "./view-model";

/** A value that belongs to one version of the message. */
interface ForMessage<T> {
  readonly print: string | undefined;
  readonly value: T;
}

const NONE: ReadonlySet<string> = new Set();

export function useIgnored(print: string | undefined): { ignored: ReadonlySet<string>; ignore(finding: Finding): void } {
  const [ignored, setIgnored] = React.useState<ForMessage<ReadonlySet<string>>>({ print, value: NONE });
  const ignore = React.useCallback(
    (finding: Finding) => {
      if (finding.severity === "block") return; // a block is never ignored
      setIgnored((old) => ({ print, value: new Set([...(old.print === print ? old.value : []), findingKey(finding)]) }));
    },
    [print],
  );
  return { ignored: ignored.print === print ? ignored.value : NONE, ignore };
}

export function useFixes(
  host: PaneHost,
  print: string | undefined,
  recheck: () => Promise<void>,
): { fixStates: ReadonlyMap<string, FixState>; fix(finding: Finding, edit: Edit): Promise<void> } {
  const [states, setStates] = React.useState<ReadonlyMap<string, ForMessage<FixState>>>(new Map());
  const printRef = React.useRef(print);
  printRef.current = print;

  const fix = React.useCallback(
    async (finding: Finding, edit: Edit) => {
      const key = findingKey(finding);
      const set = (value: FixState | undefined): void =>
        setStates((old) => {
          const next = new Map(old);
          if (value) next.set(key, { print: printRef.current, value });
          else next.delete(key);
          return next;
        });
      set({ status: "running" });
      const result = await host.applyEdit(edit);
      if (!result.ok) {
        set({ status: "failed", error: result.error });
        return;
      }
      await recheck();
      set(undefined);
    },
    [host, recheck],
  );

  const fixStates = React.useMemo(
    () => new Map([...states].filter(([, s]) => s.value.status === "running" || s.print === print).map(([key, s]) => [key, s.value])),
    [states, print],
  );
  return { fixStates, fix };
}
