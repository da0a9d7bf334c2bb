// "Đang tải…" — what a page shows while it waits for the core. Layer: renderer.
export function Loading({ text = 'Đang tải…' }: { text?: string }) {
  return (
    <p className="loading" role="status">
      {text}
    </p>
  );
}
