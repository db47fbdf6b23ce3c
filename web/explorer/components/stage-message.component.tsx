/**
 * A message over the network, where the analyst is looking: why nothing (or
 * not what the address asked for) is drawn.
 */
export function StageMessage({ title, lines }: { title: string; lines: readonly string[] }) {
  return (
    <div className="stage-message" role="alert" data-testid="stage-message">
      <strong>{title}</strong>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
