/** Text with its `code` spans set as code. Always text: never parsed as markup. */
export function CodeText({ text }: { text: string }) {
  return <>{text.split(/`([^`]+)`/).map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</>;
}
