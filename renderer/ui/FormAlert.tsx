// The message at the top of a form or dialog when it could not be saved. Layer: renderer.
export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div role="alert" className="form-alert" tabIndex={-1}>
      {message}
    </div>
  );
}
