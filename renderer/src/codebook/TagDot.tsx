/** A tag's colour as a small dot beside its name. */
export function TagDot({ color, size = 10 }: { color: string; size?: number }) {
  return (
    <span
      className="tag-dot"
      aria-hidden
      style={{ backgroundColor: color, width: size, height: size }}
    />
  );
}
