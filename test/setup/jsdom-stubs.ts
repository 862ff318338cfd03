// jsdom lacks ResizeObserver, which Fluent's MessageBar uses to reflow its actions; a no-op is
// enough because layout is not computed in jsdom anyway.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.defineProperty(window, "ResizeObserver", { value: ResizeObserverStub, writable: true });
}
