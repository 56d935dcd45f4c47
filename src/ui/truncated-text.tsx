/**
 * One line of untrusted text: rendered as text (never markup), cut with an ellipsis when
 * too long with the full text in the tooltip, and isolated with its own direction so an
 * RTL name neither reverses nor drags the text around it.
 */
export function TruncatedText({ text, className }: { text: string; className?: string }) {
  return (
    <span className={className ? `truncated ${className}` : 'truncated'} dir="auto" title={text}>
      {text}
    </span>
  );
}
